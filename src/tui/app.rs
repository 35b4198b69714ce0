//! The app: owns the state and the library; turns events into actions,
//! actions into state changes, and state into frames.

use ratatui::Frame;
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};
use ratatui::layout::Rect;

use crate::core::library::Library;
use crate::core::loader::{LibraryLoader, LoadStatus};
use crate::core::paths::Paths;

use super::keymap::{Context, Key, Keymap, Lookup};
use super::state::{Screen, State};
use super::theme::Theme;
use super::update::{
    add_articles, editor_input, finish_loading, input_key, mouse, open_article, paste, sync_layout,
    tick, update,
};
use super::views::{self, ViewContext};

/// The whole interactive application, independent of any real terminal
/// (tests drive it with events and draw it on a `TestBackend`).
pub struct App {
    pub state: State,
    pub library: Library,
    pub keymap: Keymap,
    pub theme: Theme,
    /// A library still loading in the background, and the problems met
    /// attaching its storage (reported when the load ends).
    loading: Option<(LibraryLoader, Vec<String>)>,
}

impl App {
    /// Builds the app for a terminal of `size` (columns, rows).
    pub fn new(mut library: Library, keymap: Keymap, theme: Theme, size: (u16, u16)) -> App {
        let mut state = State::new(&library, size);
        if library.len() == 1 {
            open_article(&mut state, &mut library, 0);
        }
        sync_layout(&mut state, &library);
        App {
            state,
            library,
            keymap,
            theme,
            loading: None,
        }
    }

    /// An app that shows its first screen at once while `loader` loads the
    /// library, connected to `paths`; the list shows the articles as they
    /// arrive and can be used meanwhile.
    pub fn loading(
        loader: LibraryLoader,
        paths: Paths,
        keymap: Keymap,
        theme: Theme,
        size: (u16, u16),
    ) -> App {
        let mut library = Library::new(crate::core::article::LoadReport::default());
        library.begin_loading();
        let problems = library.attach_storage(&paths);
        let mut app = App::new(library, keymap, theme, size);
        app.state.loading = Some((0, 0));
        app.loading = Some((loader, problems));
        app
    }

    /// Handles one terminal event.
    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Resize(w, h) => self.resize(w, h),
            Event::Paste(text) => self.paste(&text),
            Event::Mouse(ev) => {
                mouse(&mut self.state, &mut self.library, ev);
                self.style_editor();
                self.clamp_scrolls();
            }
            _ => {}
        }
    }

    /// Handles a key press: multi-key bindings wait for their next key.
    pub fn handle_key(&mut self, event: KeyEvent) {
        self.dispatch_key(event);
        self.style_editor();
        self.clamp_scrolls();
    }

    /// Keeps the help and load-problems scroll within their content.
    fn clamp_scrolls(&mut self) {
        let area = Rect::new(0, 0, self.state.size.0, self.state.size.1);
        match self.state.screen() {
            Screen::Help => {
                let max = views::help::max_scroll(&self.keymap, area);
                self.state.help_scroll = self.state.help_scroll.min(max);
            }
            Screen::Problems => {
                let max = views::problems::max_scroll(&self.library, area);
                self.state.problems_scroll = self.state.problems_scroll.min(max);
            }
            _ => {}
        }
    }

    /// Gives an open note editor the theme's placeholder and selection
    /// styles: the text area's own are coloured, which would show colour
    /// under NO_COLOR (or, with crossterm told no colour, reset the
    /// modifiers around them).
    fn style_editor(&mut self) {
        if let Some(ed) = self.state.editor.as_mut() {
            ed.textarea.set_placeholder_style(self.theme.dim);
            ed.textarea.set_selection_style(self.theme.selection);
        }
    }

    fn dispatch_key(&mut self, event: KeyEvent) {
        let key = Key::from_event(event);
        // A message lasts until the next key.
        if self.state.pending.is_empty() {
            self.state.status = None;
        }
        let ctx = self.state.context();
        if ctx == Context::Input {
            self.state.pending.clear();
            match self.keymap.lookup(ctx, &[key]) {
                Lookup::Action(action) => update(&mut self.state, &mut self.library, action),
                _ => input_key(&mut self.state, &mut self.library, event),
            }
            return;
        }
        if ctx == Context::Editor {
            // The editor takes every key the keymap does not claim.
            self.state.pending.clear();
            match self.keymap.lookup(ctx, &[key]) {
                Lookup::Action(action) => update(&mut self.state, &mut self.library, action),
                _ => editor_input(&mut self.state, event),
            }
            return;
        }
        self.state.pending.push(key);
        match self.keymap.lookup(ctx, &self.state.pending) {
            Lookup::Prefix => {}
            Lookup::Action(action) => {
                self.state.pending.clear();
                update(&mut self.state, &mut self.library, action);
            }
            Lookup::None => {
                let retry = self.state.pending.len() > 1;
                self.state.pending.clear();
                // An unfinished sequence followed by another key: try that key alone.
                if retry {
                    self.dispatch_key(event);
                }
            }
        }
    }

    /// Pasted text goes to the editor or the input, capped; elsewhere it is
    /// ignored (it must never be taken as keys).
    pub fn paste(&mut self, text: &str) {
        const MAX_PASTE: usize = 100_000;
        let capped: String = text.chars().take(MAX_PASTE).collect();
        if let Some(ed) = self.state.editor.as_mut() {
            let clean: String = capped
                .chars()
                .map(|c| if c.is_control() && c != '\n' { ' ' } else { c })
                .collect();
            ed.textarea.insert_str(clean);
            if text.len() > capped.len() {
                self.state
                    .error(format!("paste capped at {MAX_PASTE} characters"));
            }
        } else if self.state.input.is_some() {
            paste(&mut self.state, &mut self.library, &capped);
        }
    }

    /// True while loading or indexing runs in the background (the loop
    /// then wakes more often to show progress).
    pub fn is_busy(&self) -> bool {
        self.loading.is_some()
            || self.state.library_filter_pending
            || matches!(
                self.state.index_status,
                crate::core::library::IndexStatus::Building { .. }
            )
    }

    /// Has background work that hands results over (the library loader)
    /// call `wake`, so the event loop draws them at once, not on its next
    /// tick.
    pub fn set_waker(&self, wake: impl Fn() + Send + 'static) {
        if let Some((loader, _)) = self.loading.as_ref() {
            loader.set_waker(wake);
        }
    }

    /// Background work check, called every tick of the event loop: takes
    /// the articles loaded since the last tick, and the load's outcome.
    pub fn tick(&mut self) {
        if let Some((loader, problems)) = self.loading.as_mut() {
            match loader.poll() {
                LoadStatus::Loading {
                    articles,
                    done,
                    total,
                } => {
                    if self.library.is_empty() {
                        self.library.reserve(total);
                    }
                    self.state.loading = Some((done, total));
                    add_articles(&mut self.state, &mut self.library, articles);
                }
                LoadStatus::Done(result) => {
                    let problems = std::mem::take(problems);
                    self.loading = None;
                    self.state.loading = None;
                    match result {
                        Ok(report) => {
                            add_articles(&mut self.state, &mut self.library, report.articles);
                            finish_loading(
                                &mut self.state,
                                &mut self.library,
                                report.skipped,
                                report.warnings,
                                &problems,
                            );
                        }
                        Err(e) => {
                            finish_loading(
                                &mut self.state,
                                &mut self.library,
                                Vec::new(),
                                Vec::new(),
                                &[],
                            );
                            self.state.error(e.to_string());
                        }
                    }
                }
            }
        }
        tick(&mut self.state, &mut self.library);
    }

    /// Applies a new terminal size.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.state.size = (width, height);
        sync_layout(&mut self.state, &self.library);
    }

    /// Draws the current state.
    pub fn draw(&self, frame: &mut Frame) {
        let cx = ViewContext {
            state: &self.state,
            library: &self.library,
            keymap: &self.keymap,
            theme: &self.theme,
        };
        views::render(frame, &cx);
    }
}
