/**
 * The form of a language's UI strings as tables give them, and how they become the functions
 * the templates call. Tables are data, so a page can write its own without code.
 */

/**
 * A UI string: plain text with `{name}` placeholders (`"{n} of {total}"`); or its plural forms,
 * chosen by `Intl.PluralRules` for the message's last number (`{ one: "Value", other: "Values" }`,
 * `other` required); or a function given the raw arguments, for a grammar that placeholders
 * cannot express (French elision: "du français", "de l’anglais").
 */
export type Message = string | PluralForms | ((...args: never[]) => string);

/** A message's forms by plural category; `other` is used for any category left out. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The names of each message's arguments, in the order the templates pass them. */
export const PARAMETERS: Record<string, string[]> = {
  quotesOf: ['values'],
  position: ['n', 'total'],
  goTo: ['n'],
  translatedFrom: ['language'],
  values: ['count'],
  milestones: ['count'],
};

/**
 * The function or text a template uses for one message in a locale: numbers go through
 * `Intl.NumberFormat` ("٢ من ٤" in Arabic), plural forms through `Intl.PluralRules`.
 */
export function compileMessage(message: Message, parameters: string[] | undefined, locale: string): unknown {
  if (!parameters || typeof message == 'function') return message;
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  return (...args: unknown[]) => {
    const text = typeof message == 'string' ? message : (message[plurals.select(args[args.length - 1] as number)] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = args[parameters.indexOf(name)];
      return typeof value == 'number' ? numbers.format(value) : (value as string);
    });
  };
}
