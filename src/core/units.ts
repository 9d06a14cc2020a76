/** A load carried with its unit, so lb and kg never mix silently (after Liftosaur's Weight). */
export type Unit = 'lb' | 'kg';

export interface Load {
  readonly value: number;
  readonly unit: Unit;
}

const KG_PER_LB = 0.45359237;

const UNIT_WORDS: Record<string, Unit> = {
  lb: 'lb',
  lbs: 'lb',
  pound: 'lb',
  pounds: 'lb',
  kg: 'kg',
  kgs: 'kg',
  kilo: 'kg',
  kilos: 'kg',
};

export function build(value: number, unit: Unit): Load {
  return { value, unit };
}

/** The unit a word names (`"lbs"`, `"KG"`), or undefined. */
export function parseUnit(text: string): Unit | undefined {
  return UNIT_WORDS[text.trim().toLowerCase()];
}

/** Default rounding step: the smallest jump common dumbbell sets offer. */
export function defaultStep(unit: Unit): number {
  return unit === 'kg' ? 0.5 : 2.5;
}

const LOAD_TEXT = /^([0-9]+(?:[.,][0-9]+)?|[.,][0-9]+)\s*([a-z]+)?$/i;

/**
 * Parses `135`, `135 lb`, `60kg`, `62,5 kg`. The unit is undefined when the text names none, so
 * the caller can apply its own default. Returns undefined for anything else.
 */
export function parse(text: string): { value: number; unit: Unit | undefined } | undefined {
  const match = LOAD_TEXT.exec(text.trim());
  if (!match) return undefined;
  const [, digits = '', word] = match;
  const unit = word === undefined ? undefined : parseUnit(word);
  if (word !== undefined && unit === undefined) return undefined;
  return { value: Number(digits.replace(',', '.')), unit };
}

export function convert(load: Load, unit: Unit): Load {
  if (load.unit === unit) return load;
  const value = unit === 'kg' ? load.value * KG_PER_LB : load.value / KG_PER_LB;
  return { value, unit };
}

export function format(load: Load): string {
  return `${load.value} ${load.unit}`;
}
