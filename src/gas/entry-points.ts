import { generateProgram, showGenerateDialog } from './generate';
import { showHelp } from './help';
import { onInstall, onOpen } from './menu';
import { runSelfTest } from './self-test';
import { getSession, saveSession, showLogSidebar } from './sidebar';

/**
 * Every function Apps Script calls by name: triggers, menu items and `google.script.run` server
 * functions. The build writes a top-level stub for each key.
 */
export const entryPoints = {
  onOpen,
  onInstall,
  showGenerateDialog,
  generateProgram,
  runSelfTest,
  showHelp,
  showLogSidebar,
  getSession,
  saveSession,
};
