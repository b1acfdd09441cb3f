/**
 * Where a lesson's link-preview image is written in the build, relative to the site's base URL:
 * "ml-system-design/metrics" -> "img/og/ml-system-design/metrics.png". Shared by the plugin that
 * draws the images and the lesson page that names them in its meta tags.
 */
export function previewImagePath(lessonId: string): string {
  return `img/og/${lessonId}.png`;
}
