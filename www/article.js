// Finds the article on an arbitrary page (the extension; no DOM changes):
// `findArticle(doc)` picks [itemprop=articleBody], <article>, a common CMS
// body container or <main> when it holds at least half of the page's
// paragraph text, else the block with the most paragraph text (each <p>
// counts for its parent, and half for its grandparent, so a live blog's
// column of entries beats any one entry). `skipZone(el)` is the filter
// extract.js applies inside it: navigation, asides and related-link rails,
// comments, share bars, ads, forms, footers. No offsets here.

// In this order; the first that holds half the page's paragraph text wins
// (an <article> before a CMS body container, so the headline is read too).
const PREFERRED = [
  '[itemprop="articleBody"]',
  'article',
  '.entry-content, .post-content, .article-body, .article__body, .article-content, .story-body, #story-body, .gh-content, .post-body, .c-entry-content, .td-post-content, .field--name-body',
  'main, [role="main"]',
];

const ZONE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU']);
const ZONE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'banner', 'menu', 'menubar', 'dialog', 'alert']);
// Class / id tokens that start with one of these words (so "comments-area"
// and "related-links" are zones, "has-sidebar" is not).
const ZONE_WORDS = /^(?:comments?|comment-list|replies|related|recommended|more-stories|read-more|promo|newsletter|signup|share|sharing|social|sidebar|rail|breadcrumbs?|menu|nav|navbar|masthead|site-header|site-footer|footer|ads?|advert|advertisement|sponsored|outbrain|taboola|cookie|consent|paywall|tags|author-bio)(?:$|[_-])/i;

/** True for elements the article text is read without. */
export function skipZone(el) {
  if (ZONE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && ZONE_ROLES.has(role)) return true;
  const label = el.getAttribute('aria-label');
  if (label && /^(advertisement|comments|related|share)/i.test(label)) return true;
  const tokens = `${el.id || ''} ${typeof el.className === 'string' ? el.className : ''}`.split(/\s+/);
  return tokens.some((t) => t && ZONE_WORDS.test(t));
}

const inZone = (el, stop) => {
  for (let e = el; e && e !== stop; e = e.parentElement) if (skipZone(e)) return true;
  return false;
};

const words = (p) => (p.textContent || '').replace(/\s+/g, ' ').trim().length;

/** The element holding the page's article text (document.body at worst). */
export function findArticle(doc) {
  const body = doc.body;
  if (!body) return doc.documentElement;
  const paras = [...body.querySelectorAll('p')].filter((p) => !inZone(p, body));
  const score = new Map();
  const add = (el, n) => { if (el && el !== doc.documentElement) score.set(el, (score.get(el) || 0) + n); };
  let total = 0;
  for (const p of paras) {
    const n = words(p);
    if (n < 25) continue;
    total += n;
    add(p.parentElement, n);
    add(p.parentElement?.parentElement, n / 2);
  }
  let best = body, top = 0;
  for (const [el, n] of score) if (n > top) { top = n; best = el; }
  if (!total) return body;
  // What an element holds of the paragraph text, outside skipped zones.
  const held = (el) => paras.reduce((a, p) => a + (el.contains(p) && !inZone(p, el) ? (words(p) >= 25 ? words(p) : 0) : 0), 0);
  for (const sel of PREFERRED) {
    let pick = null, most = 0;
    for (const el of body.querySelectorAll(sel)) {
      if (inZone(el, body)) continue;
      const n = held(el);
      if (n > most) { most = n; pick = el; }
    }
    if (pick && most >= total / 2) return pick;
  }
  return best;
}
