/**
 * What an author fills in for a story, and the choices of the elements, as data: every field
 * with its labels in French and English, its kind of input and where it sits in the story. No
 * DOM here: the story builder (demo/builder/) and the WordPress block editor (wordpress/editor/)
 * both draw their forms from these lists, so the fields, their order and their labels are the
 * same in both.
 */

/** The languages the labels are written in. */
export type Language = 'fr' | 'en';

/** One text in each language. */
export type Localized = Record<Language, string>;

/** The kinds of input a field needs. */
export type FieldKind = 'text' | 'long-text' | 'url' | 'language';

/** One input. Its `path` is where its value sits, relative to its group or list item. */
export interface FieldDefinition {
  path: string;
  kind: FieldKind;
  label: Localized;
  hint?: Localized;
  /** The format requires it: the story (or the quote) is refused without it. */
  required?: boolean;
}

/** Fields shown together under one legend, e.g. the subject's name, role and image. */
export interface GroupDefinition {
  kind: 'group';
  /** Where the group sits in the story; '' for top-level fields. */
  path: string;
  legend: Localized;
  fields: FieldDefinition[];
}

/** A list the reader can add to, remove from and reorder. */
export interface ListDefinition {
  kind: 'list';
  path: 'summary' | 'milestones' | 'values' | 'quotes';
  legend: Localized;
  /** The name of one item, with its number appended: "Paragraphe 2". */
  itemName: Localized;
  addLabel: Localized;
  hint?: Localized;
  /** A list of plain strings has one field with the path ''. */
  fields: FieldDefinition[];
}

export type SectionDefinition = GroupDefinition | ListDefinition;

const LANGUAGE_HINT: Localized = {
  fr: 'Code de langue, par exemple fr, en ou ar.',
  en: 'A language code, such as fr, en or ar.',
};

/** The story's form, section by section, in the order a marketer tells a story. */
export const STORY_SECTIONS: SectionDefinition[] = [
  {
    kind: 'group', path: '', legend: { fr: 'L’histoire', en: 'The story' },
    fields: [
      { path: 'title', kind: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
      { path: 'kicker', kind: 'text', label: { fr: 'Surtitre', en: 'Kicker' }, hint: { fr: 'Quelques mots au-dessus du titre, par exemple « Success story ».', en: 'A few words above the title, such as “Success story”.' } },
      { path: 'category', kind: 'text', label: { fr: 'Catégorie', en: 'Category' } },
      { path: 'lang', kind: 'language', label: { fr: 'Langue de l’histoire', en: 'Language of the story' }, hint: LANGUAGE_HINT },
      { path: 'id', kind: 'text', label: { fr: 'Identifiant', en: 'Identifier' }, hint: { fr: 'Facultatif : un nom court, sans espace, pour retrouver l’histoire dans un fichier.', en: 'Optional: a short name without spaces, to find the story in a file.' } },
    ],
  },
  {
    kind: 'group', path: 'subject', legend: { fr: 'La personne ou l’entreprise', en: 'The person or company' },
    fields: [
      { path: 'name', kind: 'text', label: { fr: 'Nom', en: 'Name' } },
      { path: 'role', kind: 'text', label: { fr: 'Fonction', en: 'Role' } },
      { path: 'image', kind: 'url', label: { fr: 'Adresse de l’image', en: 'Image URL' }, hint: { fr: 'Un lien https:// ou un chemin sur votre site.', en: 'An https:// link or a path on your site.' } },
      { path: 'imageAlt', kind: 'text', label: { fr: 'Texte de remplacement de l’image', en: 'Image alt text' }, hint: { fr: 'Ce que montre l’image, pour qui ne la voit pas.', en: 'What the image shows, for those who cannot see it.' } },
    ],
  },
  {
    kind: 'list', path: 'summary', legend: { fr: 'Résumé', en: 'Summary' },
    itemName: { fr: 'Paragraphe', en: 'Paragraph' }, addLabel: { fr: 'Ajouter un paragraphe', en: 'Add a paragraph' },
    fields: [{ path: '', kind: 'long-text', label: { fr: 'Texte', en: 'Text' } }],
  },
  {
    kind: 'list', path: 'milestones', legend: { fr: 'Étapes clés', en: 'Milestones' },
    itemName: { fr: 'Étape', en: 'Milestone' }, addLabel: { fr: 'Ajouter une étape', en: 'Add a milestone' },
    fields: [
      { path: 'date', kind: 'text', label: { fr: 'Date', en: 'Date' }, hint: { fr: 'Une année (1999), une date (1999-03-15) ou un texte (« À 14 ans »).', en: 'A year (1999), a date (1999-03-15) or words (“At 14”).' } },
      { path: 'label', kind: 'long-text', label: { fr: 'Ce qui s’est passé', en: 'What happened' } },
    ],
  },
  {
    kind: 'list', path: 'values', legend: { fr: 'Valeurs', en: 'Values' },
    itemName: { fr: 'Valeur', en: 'Value' }, addLabel: { fr: 'Ajouter une valeur', en: 'Add a value' },
    hint: { fr: 'Un mot chacune ; une citation peut en illustrer une.', en: 'One word each; a quote can illustrate one.' },
    fields: [{ path: '', kind: 'text', label: { fr: 'Valeur', en: 'Value' } }],
  },
  {
    kind: 'list', path: 'quotes', legend: { fr: 'Citations', en: 'Quotes' },
    itemName: { fr: 'Citation', en: 'Quote' }, addLabel: { fr: 'Ajouter une citation', en: 'Add a quote' },
    fields: [
      { path: 'text', kind: 'long-text', required: true, label: { fr: 'Texte de la citation', en: 'Quote text' } },
      { path: 'author', kind: 'text', label: { fr: 'Auteur', en: 'Author' } },
      { path: 'value', kind: 'text', label: { fr: 'Valeur illustrée', en: 'Value it illustrates' }, hint: { fr: 'Son mot est mis en valeur dans le texte.', en: 'Its word is highlighted in the text.' } },
      { path: 'cite', kind: 'url', label: { fr: 'Lien vers la source', en: 'Link to the source' } },
      { path: 'lang', kind: 'language', label: { fr: 'Langue de la citation', en: 'Language of the quote' }, hint: LANGUAGE_HINT },
      { path: 'original.text', kind: 'long-text', label: { fr: 'Texte original (si c’est une traduction)', en: 'Original text (for a translation)' } },
      { path: 'original.lang', kind: 'language', label: { fr: 'Langue de l’original', en: 'Language of the original' }, hint: LANGUAGE_HINT },
    ],
  },
  {
    kind: 'group', path: 'cta', legend: { fr: 'Appel à l’action', en: 'Call to action' },
    fields: [
      { path: 'label', kind: 'text', label: { fr: 'Texte du bouton', en: 'Button text' } },
      { path: 'href', kind: 'url', label: { fr: 'Lien du bouton', en: 'Button link' } },
    ],
  },
  {
    kind: 'group', path: 'source', legend: { fr: 'Source', en: 'Source' },
    fields: [
      { path: 'name', kind: 'text', label: { fr: 'Nom de la source', en: 'Source name' } },
      { path: 'href', kind: 'url', label: { fr: 'Lien de la source', en: 'Source link' } },
    ],
  },
];

/** The two elements the snippet can use. */
export type ElementName = 'success-story' | 'value-quote';

/** One choice of the widget, as a list of values; the first value is the element's default. */
export interface ChoiceDefinition {
  name: string;
  label: Localized;
  hint?: Localized;
  /** The attribute it sets on each element it applies to. */
  attributes: Partial<Record<ElementName, string>>;
  options: { value: string; label: Localized }[];
}

const option = (value: string, fr: string, en = fr) => ({ value, label: { fr, en } });

/** The widget's choices, each tied to the attribute of the elements (see SPEC.md §2 and §3). */
export const WIDGET_CHOICES: ChoiceDefinition[] = [
  {
    name: 'element', label: { fr: 'Élément', en: 'Element' }, attributes: {},
    options: [option('success-story', 'L’histoire complète <success-story>', 'The whole story <success-story>'), option('value-quote', 'Les citations seules <value-quote>', 'The quotes alone <value-quote>')],
  },
  {
    name: 'layout', label: { fr: 'Mise en page', en: 'Layout' }, attributes: { 'success-story': 'layout' },
    options: [option('card', 'Carte', 'Card'), option('compact', 'Compacte', 'Compact'), option('banner', 'Bandeau', 'Banner')],
  },
  {
    name: 'theme', label: { fr: 'Thème', en: 'Theme' }, attributes: { 'success-story': 'theme' },
    options: [option('light', 'Clair', 'Light'), option('dark', 'Sombre', 'Dark'), option('auto', 'Comme le système du lecteur', 'As the reader’s system')],
  },
  {
    name: 'lang', label: { fr: 'Langue des boutons et guillemets', en: 'Language of buttons and quotation marks' },
    hint: { fr: 'Celle de l’histoire quand elle en a une.', en: 'The story’s own when it has one.' },
    attributes: { 'success-story': 'lang', 'value-quote': 'lang' },
    options: [option('', 'Celle de la page', 'The page’s'), option('fr', 'Français', 'French'), option('en', 'Anglais', 'English')],
  },
  {
    name: 'interval', label: { fr: 'Temps entre deux citations', en: 'Time between quotes' },
    attributes: { 'success-story': 'quotes-interval', 'value-quote': 'interval' },
    options: [
      option('7000', '7 secondes', '7 seconds'), option('auto', 'Selon la longueur de la citation', 'By the length of the quote'),
      option('5000', '5 secondes', '5 seconds'), option('10000', '10 secondes', '10 seconds'), option('15000', '15 secondes', '15 seconds'),
    ],
  },
  {
    name: 'order', label: { fr: 'Ordre des citations', en: 'Order of the quotes' }, attributes: { 'value-quote': 'order' },
    options: [option('sequence', 'Dans l’ordre', 'In order'), option('shuffle', 'Mélangé, chacune une fois par tour', 'Shuffled, each once a round'), option('random', 'Au hasard', 'Random')],
  },
  {
    name: 'controls', label: { fr: 'Boutons', en: 'Controls' }, attributes: { 'value-quote': 'controls' },
    options: [option('pause', 'Pause seulement', 'Pause only'), option('full', 'Pause, précédente, suivante et points', 'Pause, previous, next and dots'), option('none', 'Aucun (seulement à l’arrêt)', 'None (only when not rotating)')],
  },
  {
    name: 'transition', label: { fr: 'Transition', en: 'Transition' }, attributes: { 'value-quote': 'transition' },
    options: [option('fade', 'Fondu', 'Fade'), option('slide', 'Glissement', 'Slide'), option('none', 'Aucune', 'None')],
  },
  {
    name: 'headingLevel', label: { fr: 'Niveau du titre', en: 'Heading level' },
    hint: { fr: 'Celui qui suit les titres de votre page : h2 sous le titre principal.', en: 'The one that follows your page’s headings: h2 under the main title.' },
    attributes: { 'success-story': 'heading-level' },
    options: ['2', '1', '3', '4', '5', '6'].map((level) => option(level, `h${level}`)),
  },
];

/** The quotes' list of the story: also the whole form of a list of quotes on its own. */
export const QUOTES_SECTION = STORY_SECTIONS.find((section): section is ListDefinition => section.path === 'quotes')!;

/** The options of a widget choice, by its name. */
export const optionsOf = (name: string) => WIDGET_CHOICES.find((choice) => choice.name === name)!.options;
