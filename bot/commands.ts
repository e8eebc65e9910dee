// The one list of commands, shared by the server and the terminal chat, in the order they are tried.
import type { Command } from './core/commands.js';
import { reminderCommands } from './reminders/commands.js';

export interface CommandDeps {
  secretariat: string[];
}

export function createCommands(deps: CommandDeps): Command[] {
  return [...reminderCommands({ secretariat: deps.secretariat })];
}
