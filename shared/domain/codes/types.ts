/** One entry of a standard code list. */
export interface CodeItem {
  /** The standard code, stored on records. */
  code: string;
  /** The standard label, shown in forms and printed documents. */
  label: string;
  /** Common short label, e.g. 中共党员 for 中国共产党党员. */
  short?: string;
  /** Further spellings accepted when importing (old names, colloquial forms). */
  aliases?: readonly string[];
  /** Group heading: used for statistics only, not selectable on a person. */
  heading?: boolean;
  /** Non-standard code accepted on import, never offered in forms. */
  legacy?: boolean;
}

/** A standard code list such as GB 3304-1991 民族. */
export interface CodeList {
  id: string;
  /** Chinese name of the list, e.g. '民族'. */
  name: string;
  /** The standard it comes from, e.g. 'GB 3304-1991'. */
  standard: string;
  items: readonly CodeItem[];
}
