//! The app: owns the state and the library; turns events into actions,
//! actions into state changes, and state into frames.

use ratatui::Frame;
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

use crate::core::library::Library;

use super::keymap::{Context, Key, Keymap, Lookup};
use super::state::State;
use super::theme::Theme;
use super::update::{editor_input, open_article, sync_layout, update};
use super::views::{self, ViewContext};

/// The whole interactive application, independent of any real terminal
/// (tests drive it with events and draw it on a `TestBackend`).
pub struct App {
    pub state: State,
    pub library: Library,
    pub keymap: Keymap,
    pub theme: Theme,
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
        }
    }

    /// Handles one terminal event.
    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Resize(w, h) => self.resize(w, h),
            _ => {}
        }
    }

    /// Handles a key press: multi-key bindings wait for their next key.
    pub fn handle_key(&mut self, event: KeyEvent) {
        let key = Key::from_event(event);
        // A message lasts until the next key.
        if self.state.pending.is_empty() {
            self.state.status = None;
        }
        let ctx = self.state.context();
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
                    self.handle_key(event);
                }
            }
        }
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
