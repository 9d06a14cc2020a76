import { forCoach } from './coach';
import { continueAthlete, showContinueDialog } from './continue';
import { refreshDashboard } from './dashboard-tab';
import { generateProgram, showGenerateDialog } from './generate';
import { showHelp } from './help';
import { onInstall, onOpen } from './menu';
import { createRoster, generateForRoster } from './roster-tab';
import { saveSession } from './save-session';
import { runSelfTest } from './self-test';
import { getSession, showLogSidebar } from './sidebar';
import { createTemplate } from './template-tab';

/**
 * Every function Apps Script calls by name: triggers, menu items and `google.script.run` server
 * functions. The build writes a top-level stub for each key. Any of them can be called from any
 * sidebar, as whoever calls it: the menu, help and an athlete's own sessions are for everyone;
 * everything else checks that the caller is the coach before it does anything.
 */
export const entryPoints = {
  onOpen,
  onInstall,
  showLogSidebar,
  getSession,
  saveSession,
  showHelp,
  showGenerateDialog: forCoach('Generate program', showGenerateDialog, 'alert'),
  generateProgram: forCoach('Generate program', generateProgram, 'throw'),
  showContinueDialog: forCoach('Continue athlete', showContinueDialog, 'alert'),
  continueAthlete: forCoach('Continue athlete', continueAthlete, 'throw'),
  createTemplate: forCoach('Create editable template', createTemplate, 'alert'),
  createRoster: forCoach('Create roster', createRoster, 'alert'),
  generateForRoster: forCoach('Generate for roster', generateForRoster, 'alert'),
  refreshDashboard: forCoach('Refresh dashboard', refreshDashboard, 'alert'),
  runSelfTest: forCoach('Run self-test', runSelfTest, 'alert'),
};
