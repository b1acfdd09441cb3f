// The lesson list plugins/lesson-catalog writes for the 404 page (see LESSON_LINKS_FILE there).
declare module '@generated/lesson-catalog/default/lessonLinks.json' {
  const lessonLinks: unknown;
  export default lessonLinks;
}
