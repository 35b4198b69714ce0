//! Key bindings as data: the defaults in `assets/keymap.toml`, overridden by
//! the user's config. Help and status-bar hints are generated from here.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// The default keymap shipped with newsdesk.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// Where a key is pressed. Lookup falls back along [`Context::chain`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    List,
    Library,
    Reader,
    Sidebar,
    Help,
    Select,
    Notes,
    Editor,
    Confirm,
    Input,
}

impl Context {
    /// Every context, in help order.
    pub const ALL: [Context; 11] = [
        Context::Global,
        Context::Library,
        Context::List,
        Context::Reader,
        Context::Sidebar,
        Context::Select,
        Context::Notes,
        Context::Editor,
        Context::Confirm,
        Context::Input,
        Context::Help,
    ];

    /// The section name in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::List => "list",
            Context::Library => "library",
            Context::Reader => "reader",
            Context::Sidebar => "sidebar",
            Context::Help => "help",
            Context::Select => "select",
            Context::Notes => "notes",
            Context::Editor => "editor",
            Context::Confirm => "confirm",
            Context::Input => "input",
        }
    }

    fn from_name(name: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The contexts searched for a key pressed here, most specific first.
    pub fn chain(self) -> &'static [Context] {
        match self {
            Context::Global => &[Context::Global],
            Context::List => &[Context::List, Context::Global],
            Context::Library => &[Context::Library, Context::List, Context::Global],
            Context::Reader => &[Context::Reader, Context::Global],
            Context::Sidebar => &[Context::Sidebar, Context::Reader, Context::Global],
            Context::Help => &[Context::Help, Context::List, Context::Global],
            Context::Select => &[Context::Select, Context::Global],
            Context::Notes => &[Context::Notes, Context::List, Context::Global],
            Context::Editor => &[Context::Editor],
            Context::Confirm => &[Context::Confirm],
            Context::Input => &[Context::Input],
        }
    }

    /// True where unbound keys type text (the note editor, the one-line
    /// input): a printable key bound there would swallow typing, and keys
    /// are looked up one at a time, never as sequences.
    pub fn takes_typing(self) -> bool {
        matches!(self, Context::Editor | Context::Input)
    }

    /// The contexts a screen can be in: all but [`Context::Global`], which
    /// is only ever consulted as a fallback.
    fn active() -> impl Iterator<Item = Context> {
        Context::ALL.into_iter().filter(|c| *c != Context::Global)
    }
}

/// One key with modifiers, normalised (upper-case letters carry no SHIFT).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    /// True for a key that types a character (no Ctrl or Alt).
    pub fn is_printable(self) -> bool {
        matches!(self.code, KeyCode::Char(_))
            && !self
                .mods
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    }

    /// Normalises a terminal key event.
    pub fn from_event(ev: KeyEvent) -> Key {
        let mut mods =
            ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let mut code = ev.code;
        match code {
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                if mods.contains(KeyModifiers::CONTROL) {
                    code = KeyCode::Char(c.to_ascii_lowercase());
                }
            }
            KeyCode::BackTab => mods.remove(KeyModifiers::SHIFT),
            _ => {}
        }
        Key { code, mods }
    }

    /// Parses `"ctrl-d"`, `"G"`, `"enter"`, `"shift-tab"`, `"f1"` ….
    pub fn parse(s: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (m, len) = if lower.starts_with("ctrl-") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt-") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift-") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            if rest.len() == len {
                break;
            }
            mods |= m;
            rest = &rest[len..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(if mods.contains(KeyModifiers::CONTROL) {
                c.to_ascii_lowercase()
            } else {
                c
            }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" if mods.contains(KeyModifiers::SHIFT) => {
                    mods.remove(KeyModifiers::SHIFT);
                    KeyCode::BackTab
                }
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdn" => KeyCode::PageDown,
                f if f.starts_with('f') && f.len() > 1 => match f[1..].parse::<u8>() {
                    Ok(n) if (1..=12).contains(&n) => KeyCode::F(n),
                    _ => return Err(format!("unknown key {s:?}")),
                },
                _ => return Err(format!("unknown key {s:?}")),
            },
        };
        if let KeyCode::Char(_) = code {
            mods.remove(KeyModifiers::SHIFT);
        }
        Ok(Key { code, mods })
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// A sequence of keys ("g g").
pub type KeySeq = Vec<Key>;

/// Formats a key sequence for help and hints ("gg", "Ctrl-d").
pub fn format_seq(seq: &[Key]) -> String {
    seq.iter().map(Key::to_string).collect()
}

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

/// A binding that pressing a key sequence runs into before it completes.
struct Taken {
    /// How many keys of the sequence it takes.
    keys: usize,
    context: Context,
    action: Action,
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

    /// "[reader]", "[list] or [reader]": the contexts binding `action`.
    fn homes(&self, action: Action) -> String {
        let homes: Vec<String> = self
            .bindings
            .iter()
            .filter(|(_, list)| list.iter().any(|(_, a)| *a == action))
            .map(|(c, _)| format!("[{}]", c.name()))
            .collect();
        match homes.split_last() {
            None => "no context".to_string(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        }
    }

    /// The actions bound in `ctx` or in a context it falls back to.
    fn actions_in(&self, ctx: Context) -> BTreeSet<Action> {
        ctx.chain()
            .iter()
            .flat_map(|c| self.bindings.get(c).into_iter().flatten())
            .map(|(_, a)| *a)
            .collect()
    }

    /// The actions that do something when bound in section `section`: those
    /// of every context that consults it.
    fn meaningful_in_section(&self, section: Context) -> BTreeSet<Action> {
        Context::ALL
            .into_iter()
            .filter(|c| c.chain().contains(&section))
            .flat_map(|c| self.actions_in(c))
            .collect()
    }

    fn check_conflicts(&self) -> Result<(), String> {
        for (ctx, list) in &self.bindings {
            for (i, (a_seq, a)) in list.iter().enumerate() {
                for (b_seq, b) in &list[i + 1..] {
                    let n = a_seq.len().min(b_seq.len());
                    if a_seq[..n] == b_seq[..n] {
                        return Err(format!(
                            "conflicting bindings in [{}]: {} ({}) and {} ({})",
                            ctx.name(),
                            format_seq(a_seq),
                            a.name(),
                            format_seq(b_seq),
                            b.name()
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// Every action bound for a context can be reached there, and every
    /// binding fires somewhere: a context consulted first (a more specific
    /// one, or a shorter binding of the first keys of a sequence) must not
    /// take all its keys.
    fn check_reachable(&self) -> Result<(), String> {
        for ctx in Context::active() {
            for action in self.actions_in(ctx) {
                let seqs = self.seqs_for(ctx, action);
                let taken: Vec<(&KeySeq, Taken)> = seqs
                    .iter()
                    .filter_map(|(_, seq)| self.taken_by(ctx, seq, action).map(|t| (*seq, t)))
                    .collect();
                if taken.len() == seqs.len()
                    && let Some((home, _)) = seqs.first()
                {
                    return Err(format!(
                        "[{}] {} cannot be reached in [{}]: {}",
                        home.name(),
                        action.name(),
                        ctx.name(),
                        describe_taken(&taken)
                    ));
                }
            }
        }
        for (&section, list) in &self.bindings {
            for (seq, action) in list {
                let mut users = Context::active().filter(|c| c.chain().contains(&section));
                let Some(first) = users.next() else {
                    continue;
                };
                let fires = |c: Context| self.taken_by(c, seq, *action).is_none();
                if !fires(first) && !users.any(fires) {
                    let taken = self.taken_by(first, seq, *action).into_iter();
                    let taken: Vec<(&KeySeq, Taken)> = taken.map(|t| (seq, t)).collect();
                    return Err(format!(
                        "[{}] {}: {} never fires (in [{}], {})",
                        section.name(),
                        action.name(),
                        format_seq(seq),
                        first.name(),
                        describe_taken(&taken)
                    ));
                }
            }
        }
        Ok(())
    }

    /// The key sequences bound to `action` along `ctx`'s fallbacks, with
    /// the context binding each.
    fn seqs_for(&self, ctx: Context, action: Action) -> Vec<(Context, &KeySeq)> {
        ctx.chain()
            .iter()
            .flat_map(|&c| {
                self.bindings
                    .get(&c)
                    .into_iter()
                    .flatten()
                    .filter(move |(_, a)| *a == action)
                    .map(move |(s, _)| (c, s))
            })
            .collect()
    }

    /// Pressing `seq` in `ctx` key by key: `None` if it runs `action`, else
    /// the binding that takes its keys first.
    fn taken_by(&self, ctx: Context, seq: &[Key], action: Action) -> Option<Taken> {
        for n in 1..=seq.len() {
            if let Resolved::Bound(context, bound) = self.resolve(ctx, &seq[..n]) {
                if n == seq.len() && bound == action {
                    return None;
                }
                return Some(Taken {
                    keys: n,
                    context,
                    action: bound,
                });
            }
        }
        None
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

    /// Status-bar hints for `ctx`: "? help", "Tab sidebar", … (first key each).
    pub fn hints(&self, ctx: Context, actions: &[Action]) -> Vec<(String, &'static str)> {
        actions
            .iter()
            .filter_map(|&a| {
                let key = self.keys_for(ctx, a).into_iter().next()?;
                Some((key, a.hint()))
            })
            .collect()
    }
}

/// "j is taken by down in [list]; k is taken by up in [list]": which
/// bindings take the keys.
fn describe_taken(taken: &[(&KeySeq, Taken)]) -> String {
    taken
        .iter()
        .map(|(seq, t)| {
            format!(
                "{} is taken by {} in [{}]",
                format_seq(&seq[..t.keys]),
                t.action.name(),
                t.context.name()
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
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
