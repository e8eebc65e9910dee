// The one list of commands, shared by the server and the terminal chat, in the order they are tried.
import type { Command } from './core/commands.js';
import { adminCommands, type AdminDeps } from './admin/commands.js';
import { reminderCommands } from './reminders/commands.js';

export function createCommands(deps: AdminDeps = {}): Command[] {
  return [...adminCommands(deps), ...reminderCommands()];
}
