// Replaces the classic theme's client module that registers extra Prism languages at start-up.
// The site configures no extra languages, and importing Prism there pinned it into every page.
export {};
