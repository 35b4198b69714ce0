//! Where a key is pressed, and which contexts a lookup falls back to.

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

    pub(super) fn from_name(name: &str) -> Option<Context> {
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
    pub(super) fn active() -> impl Iterator<Item = Context> {
        Context::ALL.into_iter().filter(|c| *c != Context::Global)
    }
}
