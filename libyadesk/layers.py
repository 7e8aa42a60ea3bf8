"""The names of the index's layers, defined once: every module that builds or reads a layer imports them.

A *layer* is a corpus-wide result kept in the index (one row); a *keyed* layer is kept a
row per key (an actor, a year, a document); a *per-document* layer is what one pass
extracted from one document (stored a row per document, so that a changed file
re-extracts only itself).  What each holds is the type given where it is built.
"""

# Written by the index build (index.py).  The vocabulary, the names and the documents'
# metadata are not layers: they are read off the terms and docs tables when asked for.
AVERAGE_LENGTH = "average_length"
NAMES_CHANGED = "names_changed"  # terms that became or stopped being names since the patched layers were built
BUILT_BY_INDEX = (AVERAGE_LENGTH, NAMES_CHANGED)

# Search (search.py, names.py).
VARIANT_TABLE = "variant_table"
VARIANT_BUCKETS = "variant_buckets"  # keyed: consonant-skeleton key -> terms
VARIANT_GROUPS = "variant_groups"  # keyed: table group -> terms
ACTOR_ALIASES = "actor_aliases"  # keyed: a registry actor's name (folded terms) -> all its names
EQUIVALENTS = "equivalents"  # keyed: a word or phrase of data/equivalents.toml (folded terms) -> its entry's words

# The consonant-skeleton key (names.name_key) of each discovered person's name with its words joined, and
# of its given name and surname: a pure function of the letters and the shipped tables, kept so that an
# update works out the keys of new names only (actors._merge_surname_only).
LETTER_KEYS = "letter_keys"

# What a change of documents leaves in place (index.IndexWriter.finish): layers that depend
# only on the tables the extraction reads (a change of those drops everything; the aliases
# come from the registry's files, not from discovered actors), and keyed layers over the
# corpus's names, patched for the terms that became or stopped being names.
KEPT_ON_DOCUMENT_CHANGES = (VARIANT_TABLE, f"keyed:{ACTOR_ALIASES}", f"keyed:{EQUIVALENTS}", LETTER_KEYS)
PATCHED_ON_NAME_CHANGES = (VARIANT_BUCKETS, VARIANT_GROUPS)

# Actors (actors.py).
REGISTRY = "registry"
ACTORS = "actors"
ACTOR_DOCS = "actor_docs"  # keyed: actor id -> its documents, co-actors, sample mentions, quotes
ACTOR_STATE = "actor_state"  # the documents (number -> id) the actor layer and rows were summed from
ACTOR_RECORDS = "actor_records"  # keyed: actor id -> the actor as ACTORS holds it, with its counts
ACTOR_LOOKUP = "actor_lookup"  # keyed: a name's folded terms -> the actors it names exactly, as alias, surname, given name, as written
ACTOR_NAME_KEYS = "actor_name_keys"
ACTOR_SURNAME_KEYS = "actor_surname_keys"
DISCOVERED = "discovered"  # per document: actors discovered in it (against the registry)
DISCOVERED_MERGED = "discovered_merged"  # the documents' discoveries merged by id (of ACTOR_STATE's documents), before partial names are folded
MENTIONS = "mentions"  # per document: its mentions and quoted speakers (against the full registry)
# The matcher of the full registry, as rows (actors._MatcherRows), so that matching a few changed
# documents reads the surface forms and spelling variants their words can reach, not every actor's.
MATCHER_OF = "matcher_of"  # the digest of the full registry (as MENTIONS' rows know it) the rows below are of
MATCHER_HEADS = "matcher_heads"  # keyed: a first word's term -> the surface forms that begin with it
MATCHER_TERMS = "matcher_terms"  # keyed: a term of the variant vocabulary -> how many actors or families give it
MATCHER_BUCKETS = "matcher_buckets"  # keyed: consonant-skeleton key -> the variant vocabulary's terms (names.VariantIndex)
MATCHER_GROUPS = "matcher_groups"  # keyed: variant table group -> the variant vocabulary's terms

# Timeline (timeline.py).
EVENT_YEARS = "event_years"  # bucket -> (first, last) year its merged events cover
EVENT_COUNTS = "event_counts"  # bucket -> how many merged events its row (EVENTS) holds
EVENTS = "events"  # keyed: date bucket (timeline.merge_bucket) -> merged events
ACTOR_EVENTS = "actor_events"  # keyed: "actor id<TAB>bucket" -> the actor's merged events of that bucket
ACTOR_EVENT_COUNTS = "actor_event_counts"  # keyed: actor id -> bucket -> how many rows it has in ACTOR_EVENTS
DATED = "dated"  # per document: its dated sentences, before actors are named and reports merged
DOC_EVENTS = "doc_events"  # per document: its events with their actors, leads joined, ready to merge
TIMELINE_STATE = "timeline_state"  # the documents the merged events were made from
TIMELINE_MEMBERS = "timeline_members"  # keyed: date bucket -> the documents with events in it, in corpus order
MERGE_TRACE = "merge_outcomes"  # keyed: date bucket -> every merging decision and what each candidate row said, replayed after a change (timeline._merge_traced)
MERGE_ROWS = "merge_rows"  # keyed: date bucket -> the key of each of its merged rows (EVENTS), in their order: an update keeps the rows it does not reach

# What a warm call checks before trusting a corpus-wide result: the documents it was made from,
# as one short key (index.CorpusIndex.documents_key), written when the result is.  Not kept by a
# change of documents, so a stamp that is there was written after the last change; reading it
# spares a warm call decoding the state's list of every document (0.3 s each at 100,000).
ACTOR_STAMP = "actor_state.documents"
TIMELINE_STAMP = "timeline_state.documents"

# Corpus-wide results kept after a change and brought up to date from the documents that
# changed (actors.py, timeline.py); every other layer is dropped by a change.
INCREMENTAL = (ACTORS, ACTOR_STATE, DISCOVERED_MERGED, f"keyed:{ACTOR_DOCS}", f"keyed:{ACTOR_RECORDS}",
               f"keyed:{ACTOR_LOOKUP}", EVENT_YEARS, EVENT_COUNTS, TIMELINE_STATE, f"keyed:{EVENTS}",
               f"keyed:{ACTOR_EVENTS}", f"keyed:{ACTOR_EVENT_COUNTS}", f"keyed:{TIMELINE_MEMBERS}",
               f"keyed:{MERGE_TRACE}", f"keyed:{MERGE_ROWS}", MATCHER_OF, f"keyed:{MATCHER_HEADS}",
               f"keyed:{MATCHER_TERMS}", f"keyed:{MATCHER_BUCKETS}", f"keyed:{MATCHER_GROUPS}")
# Per-document rows kept when their document is removed, while the result named here (summed from
# them) is stored: its update takes the document's part out, then they go.
RETIRED = {MENTIONS: ACTOR_STATE, DOC_EVENTS: TIMELINE_STATE}
