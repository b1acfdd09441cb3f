import path from 'node:path';
import {lessonSidebar} from './plugins/lessons/sidebar';

// Sections, their order and the case-study groups are in plugins/lessons/sidebar.ts.
export default lessonSidebar(path.resolve(__dirname, process.env.LESSONS_PATH ?? 'docs'));
