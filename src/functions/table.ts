import type { CustomFunction } from './define';
import { E1RM } from './e1rm';
import { LOADFOR } from './loadfor';
import { NEXTLOAD } from './nextload';
import { OFFSEASON } from './offseason';

/** Every custom function, in the order the README lists them. Names and argument order are public API. */
export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [NEXTLOAD, E1RM, LOADFOR, OFFSEASON];
