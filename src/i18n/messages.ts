/**
 * The form of a language's UI strings as tables give them, and how they become the functions
 * the templates call. Tables are data, so a page can write its own without code.
 */
import { formatLocale, latinDigits } from './lang.js';

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
 * The function or text a template uses for one message in language `tag`: numbers go through
 * `Intl.NumberFormat` ("٢ من ٤" in Arabic), plural forms through `Intl.PluralRules`, each made
 * the first time it is needed (see `latinDigits`).
 */
export function compileMessage(message: Message, parameters: string[] | undefined, tag: string): unknown {
  if (!parameters || typeof message == 'function') return message;
  let numbers: Intl.NumberFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  const plainDigits = latinDigits(tag);
  const format = (number: number) =>
    number < 1000 && plainDigits ? String(number) : (numbers ??= new Intl.NumberFormat(formatLocale(tag))).format(number);
  return (...args: unknown[]) => {
    const form =
      typeof message == 'string'
        ? message
        : (message[(plurals ??= new Intl.PluralRules(formatLocale(tag))).select(args[args.length - 1] as number)] ?? message.other);
    return form.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = args[parameters.indexOf(name)];
      return typeof value == 'number' ? format(value) : (value as string);
    });
  };
}
