// Colour for human output: only on a TTY, never with NO_COLOR, always with FORCE_COLOR.
import { Chalk, type ChalkInstance } from 'chalk';

export function createOutputStyle(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): ChalkInstance {
  const forced = env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0';
  const disabled = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  const colour = forced || (!disabled && isTTY && env['TERM'] !== 'dumb');
  return new Chalk({ level: colour ? 1 : 0 });
}
