//! Key bindings as data: the defaults in `assets/keymap.toml`, overridden by
//! the user's config. Help and status-bar hints are generated from here.

use std::collections::BTreeMap;
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
}

/// One key with modifiers, normalised (upper-case letters carry no SHIFT).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
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

impl Keymap {
    /// The defaults with the user's overrides applied. Unknown contexts,
    /// actions or keys, and conflicting bindings are errors.
    pub fn new(overrides: &Overrides) -> Result<Keymap, String> {
        let defaults: Overrides =
            toml::from_str(DEFAULT_KEYMAP).map_err(|e| format!("built-in keymap: {e}"))?;
        let mut map = Keymap {
            bindings: BTreeMap::new(),
        };
        map.apply(&defaults, "built-in keymap")?;
        map.apply(overrides, "config")?;
        map.check_conflicts()?;
        Ok(map)
    }

    fn apply(&mut self, table: &Overrides, origin: &str) -> Result<(), String> {
        for (ctx_name, actions) in table {
            let ctx = Context::from_name(ctx_name)
                .ok_or_else(|| format!("{origin}: unknown key context [{ctx_name}]"))?;
            let list = self.bindings.entry(ctx).or_default();
            for (action_name, keys) in actions {
                let action = Action::from_name(action_name).ok_or_else(|| {
                    format!("{origin}: unknown action {action_name:?} in [{ctx_name}]")
                })?;
                list.retain(|(_, a)| *a != action);
                for k in keys {
                    let seq = k
                        .split_whitespace()
                        .map(Key::parse)
                        .collect::<Result<KeySeq, _>>()
                        .map_err(|e| format!("{origin}: [{ctx_name}] {action_name}: {e}"))?;
                    if seq.is_empty() {
                        return Err(format!("{origin}: [{ctx_name}] {action_name}: empty key"));
                    }
                    list.push((seq, action));
                }
            }
        }
        Ok(())
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

    /// Looks up the keys pressed so far in `ctx` and its fallbacks.
    pub fn lookup(&self, ctx: Context, pressed: &[Key]) -> Lookup {
        let mut prefix = false;
        for c in ctx.chain() {
            for (seq, action) in self.bindings.get(c).into_iter().flatten() {
                if seq.as_slice() == pressed {
                    return Lookup::Action(*action);
                }
                if seq.len() > pressed.len() && seq.starts_with(pressed) {
                    prefix = true;
                }
            }
        }
        if prefix { Lookup::Prefix } else { Lookup::None }
    }

    /// The keys bound to `action` in `ctx` (or its fallbacks), formatted.
    pub fn keys_for(&self, ctx: Context, action: Action) -> Vec<String> {
        for c in ctx.chain() {
            let keys: Vec<String> = self
                .bindings
                .get(c)
                .into_iter()
                .flatten()
                .filter(|(_, a)| *a == action)
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

    #[test]
    fn event_normalisation_drops_shift_on_chars() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(ev), key("G"));
    }
}
