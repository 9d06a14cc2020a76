/**
 * Building DOM from data. Text from the sheet (names, notes) only ever goes in as text nodes,
 * never as markup: an exercise named `<img src=x onerror=alert(1)>` shows literally.
 */
type Attributes = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children)
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node as T;
};

/** Shows `message` beside the field (or clears it) and marks the input invalid for screen readers. */
export function showFieldError(field: string, message: string): boolean {
  const slot = document.getElementById(`error-${field}`);
  if (!slot) return false;
  slot.textContent = message;
  const input = document.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`);
  input?.setAttribute('aria-invalid', message === '' ? 'false' : 'true');
  return true;
}
