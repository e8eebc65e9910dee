// The one list of commands, shared by the server and the terminal chat, in the order they are tried.
import type { Command } from './core/command.js';
import { adminCommands, type AdminDeps } from './admin/secretariat.js';
import { reminderCommands } from './reminders/subscriptions.js';

export function createCommands(deps: AdminDeps = {}): Command[] {
  return [...adminCommands(deps), ...reminderCommands()];
}
