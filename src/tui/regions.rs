//! Screen geometry: where each pane goes for a terminal size. Shared by the
//! views (to draw) and `update` (to know page sizes), so both always agree.

use ratatui::layout::Rect;

/// Below this many columns the app shows "terminal too small".
pub const MIN_WIDTH: u16 = 40;
/// Below this many rows the app shows "terminal too small".
pub const MIN_HEIGHT: u16 = 8;

/// True when the terminal is big enough to draw the app.
pub fn fits(area: Rect) -> bool {
    area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT
}

/// The panes of the reader screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderRegions {
    /// The bordered frame around text and sidebar.
    pub frame: Rect,
    /// The article text (inside the frame, padded).
    pub text: Rect,
    /// The who's-who sidebar (inside the frame, with a left rule).
    pub sidebar: Rect,
    /// The status bar (last row).
    pub status: Rect,
}

/// Splits the terminal for the reader.
pub fn reader(area: Rect) -> ReaderRegions {
    let (main, status) = split_status(area);
    let inner = inset(main, 1, 1);
    let sidebar_w = (inner.width * 3 / 10).clamp(20, 36).min(inner.width / 2);
    let text_w = inner.width.saturating_sub(sidebar_w);
    let text = Rect::new(inner.x + 1, inner.y, text_w.saturating_sub(3), inner.height);
    let sidebar = Rect::new(inner.x + text_w, inner.y, sidebar_w, inner.height);
    ReaderRegions {
        frame: main,
        text,
        sidebar,
        status,
    }
}

/// The panes of a full-width list screen (library, help).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListRegions {
    pub frame: Rect,
    /// The list body inside the frame.
    pub body: Rect,
    pub status: Rect,
}

/// Splits the terminal for a list screen.
pub fn list(area: Rect) -> ListRegions {
    let (main, status) = split_status(area);
    ListRegions {
        frame: main,
        body: inset(main, 1, 1),
        status,
    }
}

/// The first visible row of a list whose cursor is on `selected`, in a
/// window of `height` rows (views and mouse handling agree on it).
pub fn list_offset(selected: usize, height: usize) -> usize {
    let height = height.max(1);
    if selected < height {
        0
    } else {
        selected + 1 - height
    }
}

fn split_status(area: Rect) -> (Rect, Rect) {
    let h = area.height.saturating_sub(1);
    (
        Rect::new(area.x, area.y, area.width, h),
        Rect::new(area.x, area.y + h, area.width, area.height.min(1)),
    )
}

fn inset(r: Rect, dx: u16, dy: u16) -> Rect {
    Rect::new(
        r.x + dx.min(r.width / 2),
        r.y + dy.min(r.height / 2),
        r.width.saturating_sub(2 * dx),
        r.height.saturating_sub(2 * dy),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reader_regions_tile_the_screen() {
        let r = reader(Rect::new(0, 0, 120, 40));
        assert_eq!(r.status, Rect::new(0, 39, 120, 1));
        assert!(r.text.right() <= r.sidebar.left());
        assert_eq!(r.sidebar.right(), 119);
        assert_eq!(r.text.height, 37);
    }

    #[test]
    fn tiny_sizes_do_not_underflow() {
        for (w, h) in [(0, 0), (1, 1), (2, 3), (20, 5)] {
            let r = reader(Rect::new(0, 0, w, h));
            assert!(r.text.width <= w && r.sidebar.width <= w);
            let l = list(Rect::new(0, 0, w, h));
            assert!(l.body.height <= h);
        }
    }
}
