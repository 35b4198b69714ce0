//! The checks that keep a keymap sane: every action bound where it means
//! something, no conflicting bindings, and no binding that never fires
//! because a context consulted first takes its keys.

use std::collections::BTreeSet;

use super::{Context, Key, KeySeq, Keymap, Resolved, format_seq};
use crate::tui::action::Action;

/// A binding that pressing a key sequence runs into before it completes.
pub(super) struct Taken {
    /// How many keys of the sequence it takes.
    pub(super) keys: usize,
    /// Where that binding is.
    pub(super) context: Context,
    /// What it runs.
    pub(super) action: Action,
}

impl Keymap {
    /// "[reader]", "[list] or [reader]": the contexts binding `action`.
    pub(super) fn homes(&self, action: Action) -> String {
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
    pub(super) fn actions_in(&self, ctx: Context) -> BTreeSet<Action> {
        ctx.chain()
            .iter()
            .flat_map(|c| self.bindings.get(c).into_iter().flatten())
            .map(|(_, a)| *a)
            .collect()
    }

    /// The actions that do something when bound in section `section`: those
    /// of every context that consults it.
    pub(super) fn meaningful_in_section(&self, section: Context) -> BTreeSet<Action> {
        Context::ALL
            .into_iter()
            .filter(|c| c.chain().contains(&section))
            .flat_map(|c| self.actions_in(c))
            .collect()
    }

    pub(super) fn check_conflicts(&self) -> Result<(), String> {
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
    pub(super) fn check_reachable(&self) -> Result<(), String> {
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
    pub(super) fn seqs_for(&self, ctx: Context, action: Action) -> Vec<(Context, &KeySeq)> {
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
    pub(super) fn taken_by(&self, ctx: Context, seq: &[Key], action: Action) -> Option<Taken> {
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
