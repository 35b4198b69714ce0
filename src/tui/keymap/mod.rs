//! Key bindings as data: the defaults in `assets/keymap.toml`, overridden by
//! the user's config. Help and status-bar hints are generated from here.

mod checks;
mod context;
mod key;

use std::collections::BTreeMap;

use super::action::Action;

pub use context::Context;
pub use key::{Key, KeySeq, format_seq};

/// The default keymap shipped with newsdesk.
pub const DEFAULT_KEYMAP: &str = include_str!("../../../assets/keymap.toml");

/// The outcome of looking up the keys pressed so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// The keys form a complete binding.
    Action(Action),
    /// The keys are the start of a longer binding: wait for more.
    Prefix,
    /// Nothing is bound to these keys.
    None,
}

/// User overrides: context name → action name → key strings.
pub type Overrides = BTreeMap<String, BTreeMap<String, Vec<String>>>;

/// The live key bindings.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: BTreeMap<Context, Vec<(KeySeq, Action)>>,
}

/// Where keys pressed in a context lead: the binding that takes them (its
/// context and action), the start of a longer binding, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Resolved {
    Bound(Context, Action),
    Prefix,
    Unbound,
}

impl Keymap {
    /// The defaults with the user's overrides applied. Rejected: unknown
    /// contexts, actions or keys; an action bound in a section where it
    /// does nothing (a section's actions are those the shipped keymap gives
    /// the contexts that consult it); a printable key or a sequence where
    /// text is typed; conflicting bindings; and bindings that never fire
    /// because a binding consulted first takes their keys.
    pub fn new(overrides: &Overrides) -> Result<Keymap, String> {
        let defaults: Overrides =
            toml::from_str(DEFAULT_KEYMAP).map_err(|e| format!("built-in keymap: {e}"))?;
        let mut map = Keymap {
            bindings: BTreeMap::new(),
        };
        map.apply(&defaults, "built-in keymap", None)?;
        let shipped = map.clone();
        map.apply(overrides, "config", Some(&shipped))?;
        map.check_conflicts()?;
        map.check_reachable()?;
        Ok(map)
    }

    /// Applies a table of bindings from `origin`. With `shipped` (the
    /// defaults), each action must mean something in its section, as the
    /// shipped keymap defines it.
    fn apply(
        &mut self,
        table: &Overrides,
        origin: &str,
        shipped: Option<&Keymap>,
    ) -> Result<(), String> {
        for (ctx_name, actions) in table {
            let ctx = Context::from_name(ctx_name)
                .ok_or_else(|| format!("{origin}: unknown key context [{ctx_name}]"))?;
            for (action_name, keys) in actions {
                let action = Action::from_name(action_name).ok_or_else(|| {
                    format!("{origin}: unknown action {action_name:?} in [{ctx_name}]")
                })?;
                if let Some(shipped) = shipped
                    && !shipped.meaningful_in_section(ctx).contains(&action)
                {
                    return Err(format!(
                        "{origin}: action {action_name:?} does nothing in [{ctx_name}] \
                         (the shipped keymap binds it in {})",
                        shipped.homes(action)
                    ));
                }
                let list = self.bindings.entry(ctx).or_default();
                list.retain(|(_, a)| *a != action);
                for k in keys {
                    let seq = k
                        .split_whitespace()
                        .map(Key::parse)
                        .collect::<Result<KeySeq, _>>()
                        .map_err(|e| format!("{origin}: [{ctx_name}] {action_name}: {e}"))?;
                    match seq.as_slice() {
                        [] => {
                            return Err(format!("{origin}: [{ctx_name}] {action_name}: empty key"));
                        }
                        [key] if ctx.takes_typing() && key.is_printable() => {
                            return Err(format!(
                                "{origin}: [{ctx_name}] {action_name}: {key} would stop being \
                                 typed there; bind a ctrl-, alt- or named key"
                            ));
                        }
                        [_, _, ..] if ctx.takes_typing() => {
                            return Err(format!(
                                "{origin}: [{ctx_name}] {action_name}: {k:?} is a sequence, \
                                 but [{ctx_name}] takes one key at a time"
                            ));
                        }
                        _ => {}
                    }
                    list.push((seq, action));
                }
            }
        }
        Ok(())
    }

    /// Looks up the keys pressed so far in `ctx` and its fallbacks: the
    /// first exact binding along the chain wins.
    fn resolve(&self, ctx: Context, pressed: &[Key]) -> Resolved {
        let mut prefix = false;
        for &c in ctx.chain() {
            for (seq, action) in self.bindings.get(&c).into_iter().flatten() {
                if seq.as_slice() == pressed {
                    return Resolved::Bound(c, *action);
                }
                if seq.len() > pressed.len() && seq.starts_with(pressed) {
                    prefix = true;
                }
            }
        }
        if prefix {
            Resolved::Prefix
        } else {
            Resolved::Unbound
        }
    }

    /// Looks up the keys pressed so far in `ctx` and its fallbacks.
    pub fn lookup(&self, ctx: Context, pressed: &[Key]) -> Lookup {
        match self.resolve(ctx, pressed) {
            Resolved::Bound(_, action) => Lookup::Action(action),
            Resolved::Prefix => Lookup::Prefix,
            Resolved::Unbound => Lookup::None,
        }
    }

    /// The keys that run `action` in `ctx`, formatted: those of the most
    /// specific context binding it, less any a context consulted first takes.
    pub fn keys_for(&self, ctx: Context, action: Action) -> Vec<String> {
        for c in ctx.chain() {
            let keys: Vec<String> = self
                .bindings
                .get(c)
                .into_iter()
                .flatten()
                .filter(|(s, a)| *a == action && self.taken_by(ctx, s, action).is_none())
                .map(|(s, _)| format_seq(s))
                .collect();
            if !keys.is_empty() {
                return keys;
            }
        }
        Vec::new()
    }

    /// The bindings of one context, grouped by action, in help order.
    pub fn describe(&self, ctx: Context) -> Vec<(Action, Vec<String>)> {
        let list = self.bindings.get(&ctx).map(Vec::as_slice).unwrap_or(&[]);
        Action::ALL
            .iter()
            .filter_map(|&a| {
                let keys: Vec<String> = list
                    .iter()
                    .filter(|(_, b)| *b == a)
                    .map(|(s, _)| format_seq(s))
                    .collect();
                (!keys.is_empty()).then_some((a, keys))
            })
            .collect()
    }

    /// The actions of `actions` that have a key in `ctx`, each with its
    /// first key, for the status bar's hints ("? help", "Tab sidebar").
    pub fn hints(&self, ctx: Context, actions: &[Action]) -> Vec<(Action, String)> {
        actions
            .iter()
            .filter_map(|&a| Some((a, self.keys_for(ctx, a).into_iter().next()?)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;

    fn key(s: &str) -> Key {
        Key::parse(s).expect("key")
    }

    #[test]
    fn default_keymap_loads() {
        let km = Keymap::new(&Overrides::new()).expect("keymap");
        assert_eq!(
            km.lookup(Context::Reader, &[key("j")]),
            Lookup::Action(Action::Down)
        );
        assert_eq!(km.lookup(Context::Reader, &[key("g")]), Lookup::Prefix);
        assert_eq!(
            km.lookup(Context::Reader, &[key("g"), key("g")]),
            Lookup::Action(Action::Top)
        );
        assert_eq!(
            km.lookup(Context::Sidebar, &[key("q")]),
            Lookup::Action(Action::Back)
        );
        assert_eq!(km.lookup(Context::Library, &[key("z")]), Lookup::None);
    }

    #[test]
    fn parses_keys_with_modifiers() {
        assert_eq!(key("ctrl-d").to_string(), "Ctrl-d");
        assert_eq!(key("shift-tab").code, KeyCode::BackTab);
        assert_eq!(key("G").code, KeyCode::Char('G'));
        assert_eq!(key("f1").code, KeyCode::F(1));
        assert_eq!(key("-").code, KeyCode::Char('-'));
        assert!(Key::parse("f99").is_err());
        assert!(Key::parse("nonsense").is_err());
    }

    #[test]
    fn overrides_replace_and_reject_unknowns() {
        let mut o = Overrides::new();
        o.entry("reader".into())
            .or_default()
            .insert("down".into(), vec!["e".into()]);
        let km = Keymap::new(&o).expect("keymap");
        assert_eq!(
            km.lookup(Context::Reader, &[key("e")]),
            Lookup::Action(Action::Down)
        );
        assert_eq!(km.lookup(Context::Reader, &[key("j")]), Lookup::None);

        let mut bad = Overrides::new();
        bad.entry("reader".into())
            .or_default()
            .insert("fly".into(), vec!["x".into()]);
        assert!(Keymap::new(&bad).unwrap_err().contains("unknown action"));

        let mut conflict = Overrides::new();
        conflict
            .entry("reader".into())
            .or_default()
            .insert("up".into(), vec!["n".into()]);
        assert!(Keymap::new(&conflict).unwrap_err().contains("conflicting"));
    }

    /// Overrides from `(context, action, keys)`.
    fn overrides(entries: &[(&str, &str, &[&str])]) -> Overrides {
        let mut o = Overrides::new();
        for (ctx, action, keys) in entries {
            o.entry(ctx.to_string()).or_default().insert(
                action.to_string(),
                keys.iter().map(|k| k.to_string()).collect(),
            );
        }
        o
    }

    fn rejected(entries: &[(&str, &str, &[&str])]) -> String {
        match Keymap::new(&overrides(entries)) {
            Ok(_) => panic!("accepted: {entries:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn shipped_keymap_passes_its_own_checks() {
        let km = Keymap::new(&Overrides::new()).expect("the shipped keymap is valid");
        // Every action means something somewhere: the keymap is where each
        // context's actions are declared.
        let bound: BTreeSet<Action> = Context::ALL
            .into_iter()
            .flat_map(|c| km.actions_in(c))
            .collect();
        for a in Action::ALL {
            assert!(bound.contains(a), "{a:?} is bound nowhere");
        }
        // Every action of every context has a key that runs it there.
        for ctx in Context::active() {
            for a in km.actions_in(ctx) {
                assert!(!km.keys_for(ctx, a).is_empty(), "{a:?} in {ctx:?}");
            }
        }
    }

    #[test]
    fn actions_are_only_accepted_where_they_mean_something() {
        let e = rejected(&[("editor", "open_url", &["ctrl-o"])]);
        assert!(e.contains("\"open_url\" does nothing in [editor]"), "{e}");
        assert!(e.contains("the shipped keymap binds it in [reader]"), "{e}");
        let e = rejected(&[("global", "save", &["ctrl-s"])]);
        assert!(e.contains("does nothing in [global]"), "{e}");
        assert!(e.contains("binds it in [editor]"), "{e}");
        let e = rejected(&[("editor", "down", &["ctrl-n"])]);
        assert!(
            e.contains("binds it in [list], [reader], [sidebar] or [select]"),
            "{e}"
        );
        let e = rejected(&[("confirm", "down", &["j"])]);
        assert!(e.contains("[confirm]"), "{e}");
        // Meaningful in a context that falls back to the section: accepted.
        for ok in [
            ("global", "down", &["ctrl-n"][..]),
            ("sidebar", "open_url", &["O"][..]),
            ("list", "sort", &["ctrl-o"][..]),
        ] {
            Keymap::new(&overrides(&[ok])).expect("meaningful");
        }
    }

    #[test]
    fn typing_contexts_reject_printable_keys_and_sequences() {
        let e = rejected(&[("editor", "save", &["s"])]);
        assert!(e.contains("[editor] save: s would stop being typed"), "{e}");
        let e = rejected(&[("input", "submit", &["space"])]);
        assert!(e.contains("[input] submit: Space"), "{e}");
        let e = rejected(&[("input", "cancel", &["shift-x"])]);
        assert!(e.contains("would stop being typed"), "{e}");
        let e = rejected(&[("editor", "save", &["ctrl-x ctrl-s"])]);
        assert!(e.contains("one key at a time"), "{e}");
        let km = Keymap::new(&overrides(&[(
            "editor",
            "save",
            &["ctrl-s", "alt-s", "f2"],
        )]))
        .expect("non-printable keys are fine");
        assert_eq!(
            km.lookup(Context::Editor, &[key("f2")]),
            Lookup::Action(Action::Save)
        );
        // Printable keys stay fine where nothing is typed.
        Keymap::new(&overrides(&[("confirm", "yes", &["o"])])).expect("confirm");
    }

    #[test]
    fn shadowed_bindings_are_rejected_naming_the_context_that_wins() {
        // `j` is down in every list and in the reader, looked up before global.
        let e = rejected(&[("global", "back", &["j"])]);
        assert_eq!(
            e,
            "[global] back cannot be reached in [library]: j is taken by down in [list]"
        );
        // Back's `q` taken in the reader.
        let e = rejected(&[("reader", "top", &["q"])]);
        assert!(
            e.contains(
                "[global] back cannot be reached in [reader]: q is taken by top in [reader]"
            ),
            "{e}"
        );
        // Half a page up keeps only `u`, which the sidebar uses for undo.
        let e = rejected(&[("reader", "half_page_up", &["u"])]);
        assert!(
            e.contains(
                "cannot be reached in [sidebar]: u is taken by undo_correction in [sidebar]"
            ),
            "{e}"
        );
        // A key that never fires, though the action has another.
        let e = rejected(&[("global", "help", &["?", "k"])]);
        assert!(e.contains("[global] help: k never fires"), "{e}");
        // A shorter binding in a fallback takes the first key of a sequence.
        let e = rejected(&[("global", "top", &["g"])]);
        assert!(e.contains("gg never fires"), "{e}");
        assert!(e.contains("g is taken by top in [global]"), "{e}");
    }

    #[test]
    fn hints_leave_out_keys_a_closer_context_takes() {
        let km = Keymap::new(&Overrides::new()).expect("keymap");
        // `u` is undo in the sidebar: only Ctrl-u moves half a page there.
        assert_eq!(
            km.keys_for(Context::Sidebar, Action::HalfPageUp),
            ["Ctrl-u"]
        );
        assert_eq!(
            km.keys_for(Context::Reader, Action::HalfPageUp),
            ["u", "Ctrl-u"]
        );
    }

    #[test]
    fn event_normalisation_drops_shift_on_chars() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(ev), key("G"));
    }
}
