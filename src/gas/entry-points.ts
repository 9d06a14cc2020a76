import { refreshDashboard } from './dashboard-tab';
import { generateProgram, showGenerateDialog } from './generate';
import { showHelp } from './help';
import { onInstall, onOpen } from './menu';
import { createRoster, generateForRoster } from './roster-tab';
import { runSelfTest } from './self-test';
import { getSession, saveSession, showLogSidebar } from './sidebar';
import { createTemplate } from './template-tab';

/**
 * Every function Apps Script calls by name: triggers, menu items and `google.script.run` server
 * functions. The build writes a top-level stub for each key.
 */
export const entryPoints = {
  onOpen,
  onInstall,
  showGenerateDialog,
  generateProgram,
  showLogSidebar,
  getSession,
  saveSession,
  createTemplate,
  createRoster,
  generateForRoster,
  refreshDashboard,
  runSelfTest,
  showHelp,
};
