/**
 * What a screen reader is given, read from Chromium's accessibility tree rather than from
 * attributes: the carousel region and its name, the slide groups, the buttons' names in tab
 * order, and the live region that speaks only once rotation is held (WAI-ARIA APG carousel).
 */
import { expect } from '@open-wc/testing';
import { accessibilityTree, byRole, find, nodesOf, type AccessibleNode } from './accessibility-tree.js';
import { carouselOf, inCarousel, mountQuote, mountStory, STORY } from './widgets.js';

/** The live regions of a tree that would speak: `polite` or `assertive`. */
const speaking = (tree: AccessibleNode) => nodesOf(tree).filter((node) => node.live && node.live !== 'off');
/** The slide group on show, and whether a speaking live region holds it. */
const slideShown = (tree: AccessibleNode) => byRole(tree, 'group').filter((node) => node.roledescription === 'slide');
const groupIsAnnounced = (tree: AccessibleNode) => speaking(tree).some((region) => slideShown(region).length === 1);

describe('accessibility tree (Chromium)', () => {
  beforeEach(() => sessionStorage.clear());

  describe('<value-quote controls="full">', () => {
    it('is a region with the carousel role description, named after its values', async () => {
      await mountQuote();
      const tree = await accessibilityTree('value-quote');
      expect([tree.role, tree.roledescription, tree.name]).to.deep.equal([
        'region', 'carousel', 'Quotes: Persévérance, Pugnacité, Rigueur, Courage',
      ]);
      expect(tree.name.toLowerCase(), 'the name does not repeat the role description').to.not.contain('carousel');
    });

    it('shows one slide group, "1 of 4", then "2 of 4" after next; the hidden quotes are not in the tree', async () => {
      const el = await mountQuote();
      let groups = slideShown(await accessibilityTree('value-quote'));
      expect(groups.map((group) => group.name)).to.deep.equal(['1 of 4']);
      expect(groups[0].name, 'the name does not repeat the role description').to.not.contain('slide');
      el.next();
      await el.updateComplete;
      groups = slideShown(await accessibilityTree('value-quote'));
      expect(groups.map((group) => group.name)).to.deep.equal(['2 of 4']);
      expect(JSON.stringify(groups[0])).to.contain('Gretel Ehrlich').and.not.contain('Michel Dupuy');
    });

    it('its buttons, in tab order: pause first, previous, a named dot per quote, next; the current dot says so', async () => {
      await mountQuote();
      const tree = await accessibilityTree('value-quote');
      const buttons = byRole(tree, 'button').map((node) => node.name);
      expect(buttons.slice(0, 7)).to.deep.equal(['Pause the quotes', 'Previous quote', 'Quote 1', 'Quote 2', 'Quote 3', 'Quote 4', 'Next quote']);
      expect(buttons.slice(7), 'the translated quote\'s toggle').to.deep.equal(['Show original']);
      expect(find(tree, (node) => node.name === 'Show original')!.expanded).to.equal(false);
    });

    it('the pause button\'s name follows the state: "Play the quotes" once paused', async () => {
      const el = await mountQuote();
      el.pause();
      await el.updateComplete;
      expect(byRole(await accessibilityTree('value-quote'), 'button')[0].name).to.equal('Play the quotes');
    });

    it('live region: silent while rotating, polite around the slide once paused, silent again on play', async () => {
      const el = await mountQuote();
      let tree = await accessibilityTree('value-quote');
      expect(speaking(tree), 'rotating').to.deep.equal([]);
      el.pause();
      await el.updateComplete;
      tree = await accessibilityTree('value-quote');
      expect(speaking(tree).map((region) => [region.live, region.atomic])).to.deep.equal([['polite', false]]);
      expect(groupIsAnnounced(tree), 'the slide is inside the polite region').to.equal(true);
      el.play();
      await el.updateComplete;
      expect(speaking(await accessibilityTree('value-quote')), 'rotating again').to.deep.equal([]);
    });

    it('focus on the controls holds rotation, so the live region turns polite', async () => {
      const el = await mountQuote();
      inCarousel(el, '[part~=pause]')[0].focus();
      await el.updateComplete;
      const tree = await accessibilityTree('value-quote');
      expect(find(tree, (node) => node.focused === true)?.name).to.equal('Pause the quotes');
      expect(groupIsAnnounced(tree)).to.equal(true);
    });
  });

  describe('<success-story>', () => {
    it('an article with its heading, a carousel region named after the story, the pause button and the call to action', async () => {
      await mountStory();
      const tree = await accessibilityTree('success-story >>> article');
      expect(byRole(tree, 'article')).to.have.length(1);
      expect(byRole(tree, 'heading').map((node) => [node.level, node.name])).to.deep.include([2, STORY.title]);
      const region = byRole(tree, 'region')[0];
      expect([region.roledescription, region.name]).to.deep.equal(['carousel', `Quotes — ${STORY.title}`]);
      expect(slideShown(region).map((group) => group.name)).to.deep.equal(['1 of 3']);
      expect(byRole(region, 'button').map((node) => node.name)).to.deep.equal(['Pause the quotes', 'Show original']);
      expect(byRole(tree, 'link').map((node) => node.name)).to.include.members(['Discover Alibaba', 'Wikipédia']);
      expect(speaking(tree), 'rotating').to.deep.equal([]);
    });

    it('its carousel\'s live region turns polite when paused', async () => {
      const story = await mountStory();
      carouselOf(story).pause();
      await carouselOf(story).updateComplete;
      expect(groupIsAnnounced(byRole(await accessibilityTree('success-story >>> article'), 'region')[0])).to.equal(true);
    });
  });
});
