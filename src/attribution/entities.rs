//! Entities and coreference for sources: takes the capitalised name chunks
//! of `chunks.rs` (`Secretary of State Antony Blinken`), links bare surnames
//! to the full mention, resolves `he`/`she` to the nearest compatible earlier
//! person and `who` to the phrase before it, and groups organisations and
//! groups (`officials`). Token indices inside; mentions are UTF-8 byte spans.
use super::chunks::{chunks, common_noun, strip_poss, Chunk};
use super::lexicon::{self as lx};
use super::phrase::{is_cap, np_before};
use crate::doc::Doc;
use crate::lower::fold;
use crate::model::{Entity, EntityKind, Sp};
use crate::text::Tok;

struct Ent {
    name: String,
    key: String,
    kind: EntityKind,
    title: Option<String>,
    gender: char,
    /// A plural group or body (`officials`, `the allies`): `they` may point to it.
    plural: bool,
    mentions: Vec<Sp>,
    last: usize,
    id: Option<usize>,
}

pub struct Resolver {
    ents: Vec<Ent>,
    /// Entity indices by key, ascending (keys and kinds never change once
    /// pushed): lookups stay O(1) however many entities a long text names.
    by_key: crate::fasthash::Map<String, Vec<usize>>,
    chunks: Vec<Chunk>,
    next: usize,
    numbered: usize,
}

impl Resolver {
    pub fn new(doc: &Doc) -> Self {
        Resolver { ents: Vec::new(), by_key: Default::default(), chunks: chunks(doc), next: 0, numbered: 0 }
    }

    fn chunk_kind(&self, doc: &Doc, c: &Chunk) -> EntityKind {
        let words = (c.t..c.b).filter(|&k| doc.tokens[k].kind == Tok::Word).count();
        let org = (c.a..c.b).any(|k| lx::ORG_WORDS.has(strip_poss(doc.t(k))));
        let place = (c.a..c.b).any(|k| lx::PLACES.has(strip_poss(doc.t(k))));
        let prev_role = c.a > 0 && lx::ROLE_NOUNS.has(doc.t(c.a - 1));
        if c.t > c.a || prev_role {
            if words > 0 {
                EntityKind::Person
            } else {
                EntityKind::Unknown
            }
        } else if org {
            EntityKind::Organization
        } else if place {
            EntityKind::Place
        } else if words >= 2 {
            EntityKind::Person
        } else {
            EntityKind::Unknown
        }
    }

    /// Registers the name chunks that start before token `upto`.
    fn advance(&mut self, doc: &Doc, upto: usize) {
        while self.next < self.chunks.len() && self.chunks[self.next].a < upto {
            let c = self.chunks[self.next];
            self.next += 1;
            let kind = self.chunk_kind(doc, &c);
            if kind == EntityKind::Person || kind == EntityKind::Unknown {
                self.person(doc, c, kind == EntityKind::Person);
            }
        }
    }

    /// Links a chunk to a person entity (or starts one when it is clearly a person).
    fn person(&mut self, doc: &Doc, c: Chunk, sure: bool) -> Option<usize> {
        let key = strip_poss(doc.t(c.b - 1)).to_string();
        let sp = Sp::new(doc.tokens[c.a].start, doc.tokens[c.b - 1].end);
        let name_words = (c.t..c.b).filter(|&k| doc.tokens[k].kind == Tok::Word).count();
        let gender = (c.a..c.t).find_map(|k| lx::HONORIFIC_GENDER.get(doc.t(k))).unwrap_or('x');
        // `Anna Weber … Karl Weber`: a full name whose given name differs is another person.
        let given = (name_words >= 2).then(|| doc.t(c.t));
        let other = |e: &Ent| {
            let titled = e.title.as_deref().map_or(0, |t| t.split(' ').count());
            given.is_some_and(|g| e.name.split(' ').count() >= titled + 2 && !e.name.split(' ').skip(titled).any(|w| w == g))
        };
        let found = self.by_key.get(&key).and_then(|ks| {
            ks.iter().rev().copied().find(|&k| {
                let e = &self.ents[k];
                e.kind == EntityKind::Person && (gender == 'x' || e.gender == 'x' || e.gender == gender) && !other(e)
            })
        });
        let k = match found {
            Some(k) => k,
            None if sure || name_words >= 2 => self.add(Ent {
                name: String::new(),
                key,
                kind: EntityKind::Person,
                title: None,
                gender,
                plural: false,
                mentions: Vec::new(),
                last: 0,
                id: None,
            }),
            None => return None,
        };
        let full = strip_poss(&doc.text[sp.start..sp.end]).to_string();
        let e = &mut self.ents[k];
        if full.len() > e.name.len() && name_words >= e.name.split(' ').count().min(2) {
            e.name = full;
            if c.t > c.a {
                let tsp = &doc.text[doc.tokens[c.a].start..doc.tokens[c.t - 1].end];
                e.title = Some(tsp.to_string());
            }
        }
        if e.gender == 'x' {
            e.gender = gender;
        }
        e.mentions.push(sp);
        e.last = c.b;
        Some(k)
    }

    /// The entity a source span names, resolving pronouns and surnames.
    pub fn resolve(&mut self, doc: &Doc, src: (usize, usize)) -> Option<usize> {
        self.advance(doc, src.0);
        let (a, b) = src;
        let sp = Sp::new(doc.tokens[a].start, doc.tokens[b - 1].end);
        let w_f = fold(doc.t(a));
        let w = w_f.as_str();
        if b - a == 1 {
            if let Some(g) = lx::pronoun(w) {
                let k = match g {
                    'm' | 'f' => self.nearest_person(g, a)?,
                    'p' if w == "they" => self.nearest_body(true)?,
                    'n' if w == "it" => self.nearest_body(false)?,
                    'x' if w == "who" => {
                        let np = if a > 0 && doc.t(a - 1) == "," { np_before(doc, a - 1, a.saturating_sub(10)) } else { None };
                        let np = np?;
                        return self.resolve(doc, np);
                    }
                    _ => return None,
                };
                let e = &mut self.ents[k];
                if e.gender == 'x' {
                    e.gender = g;
                }
                e.mentions.push(sp);
                e.last = b;
                return Some(k);
            }
        }
        // The head stands before any post-modifier: `a group based in Vienna`.
        let cut = (a + 1..b).find(|&t| lx::POST_PREPS.has(doc.t(t)) || lx::POST_PARTICIPLES.has(doc.t(t))).unwrap_or(b);
        // A name chunk inside the source phrase, not in its post-modifier?
        let inside = |c: &&Chunk| c.a >= a && c.b <= b && c.a < c.b && c.a < cut;
        let (lo, hi) = (self.chunks.partition_point(|c| c.a < a), self.chunks.partition_point(|c| c.a < b));
        let near = &self.chunks[lo..hi];
        let chunk = near
            .iter()
            .filter(inside)
            .find(|c| self.chunk_kind(doc, c) == EntityKind::Person)
            .or_else(|| near.iter().filter(inside).find(|c| self.chunk_kind(doc, c) == EntityKind::Unknown))
            .copied();
        if let Some(c) = chunk {
            let kind = self.chunk_kind(doc, &c);
            // The name heads the phrase (`Secretary Jane Roe`), or sits in an
            // apposition (`a lawyer for the firm, Jane Roe,`); not `the Roe campaign`.
            let head = c.b == b || (a..b).any(|k| doc.t(k) == "," || doc.t(k) == "(");
            let ok = head && (kind == EntityKind::Person || !lx::DETERMINERS.has(w));
            if ok {
                if let Some(k) = self.person(doc, c, true) {
                    return Some(k);
                }
            }
        }
        // A group or organisation: keyed by its words without the determiner.
        let a2 = if lx::DETERMINERS.has(w) && b - a > 1 { a + 1 } else { a };
        let text = &doc.text[doc.tokens[a2].start..doc.tokens[b - 1].end];
        let key = crate::lower::lower(text);
        let cut = cut.max(a2 + 1);
        let head_f = fold(doc.t(cut - 1));
        let head = head_f.as_str();
        let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss")
            || matches!(head, "people" | "police" | "staff")
            || (a2..cut).any(|t| doc.t(t) == "and");
        let kind = if lx::ORG_HEADS.has(head) {
            EntityKind::Organization
        } else if lx::VAGUE.has(head) || head.ends_with("ers") || head.ends_with("ists") {
            EntityKind::Group
        } else if (a2..cut).any(|k| is_cap(doc.t(k)) && !common_noun(doc, k)) {
            if !(a2..cut).any(|k| lx::ORG_WORDS.has(strip_poss(doc.t(k)))) && (a2..cut).any(|k| lx::PLACES.has(strip_poss(doc.t(k)))) {
                EntityKind::Place
            } else {
                EntityKind::Organization
            }
        } else {
            EntityKind::Group
        };
        if let Some(k) = self.by_key.get(&key).and_then(|ks| ks.iter().copied().find(|&k| self.ents[k].kind != EntityKind::Person)) {
            self.ents[k].mentions.push(sp);
            self.ents[k].last = b;
            return Some(k);
        }
        let name = doc.text[sp.start..sp.end].to_string();
        // `a spokeswoman`, `the official`: one person in a role, never `it`.
        let gender = if !plural && lx::ROLE_NOUNS.has(head) { 'x' } else { 'n' };
        Some(self.add(Ent { name, key, kind, title: None, gender, plural, mentions: vec![sp], last: b, id: None }))
    }

    /// Pushes an entity and indexes it by key; returns its index.
    fn add(&mut self, e: Ent) -> usize {
        let k = self.ents.len();
        self.by_key.entry(e.key.clone()).or_default().push(k);
        self.ents.push(e);
        k
    }

    /// The latest group, body or place named as a source, plural for `they`.
    fn nearest_body(&self, plural: bool) -> Option<usize> {
        self.ents
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind != EntityKind::Person && e.kind != EntityKind::Unknown && e.plural == plural && e.gender == 'n')
            .max_by_key(|(_, e)| e.last)
            .map(|(k, _)| k)
    }

    fn nearest_person(&self, g: char, _at: usize) -> Option<usize> {
        self.ents
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person && (e.gender == 'x' || e.gender == g))
            .max_by_key(|(_, e)| e.last)
            .map(|(k, _)| k)
    }

    /// The entity id (`e1`…) and name for entity `k`, numbering on first use.
    pub fn speaker(&mut self, k: usize) -> (String, String) {
        let e = &mut self.ents[k];
        if e.id.is_none() {
            self.numbered += 1;
            e.id = Some(self.numbered);
        }
        let id = e.id.unwrap_or(0);
        (format!("e{id}"), e.name.clone())
    }

    /// The speakers, in order of their ids, each with all its mentions.
    pub fn into_entities(self) -> Vec<Entity<Sp>> {
        let mut v: Vec<(usize, Ent)> = self.ents.into_iter().filter_map(|e| e.id.map(|i| (i, e))).collect();
        v.sort_by_key(|x| x.0);
        v.into_iter()
            .map(|(i, mut e)| {
                e.mentions.sort();
                e.mentions.dedup();
                Entity { id: format!("e{i}"), name: e.name, kind: e.kind, title: e.title, mentions: e.mentions }
            })
            .collect()
    }
}
