//! What a command may ask of the window it serves. The app answers with native dialogs
//! (`crate::ipc::WindowHost`); the development bridge with the answers a test gave it.

use std::path::PathBuf;

/// One line of a file dialog's type list: "Word-dokument" with `["docx"]`.
#[derive(Debug, Clone, Copy)]
pub struct FileFilter<'a> {
    pub label: &'a str,
    pub extensions: &'a [&'a str],
}

/// A kind of file to save: its name in the dialog's type list and its extension.
#[derive(Debug, Clone, Copy)]
pub struct FileKind {
    pub label: &'static str,
    pub extension: &'static str,
}

pub trait Host: Send + Sync {
    /// An existing file the user picks, or `None` when cancelled.
    fn choose_file_to_open(&self, title: &str, filters: &[FileFilter<'_>]) -> Option<PathBuf>;
    /// Where to write, starting from `file_name`; the dialog has asked before replacing a file.
    fn choose_file_to_save(
        &self,
        title: &str,
        filters: &[FileFilter<'_>],
        file_name: &str,
    ) -> Option<PathBuf>;
    fn choose_folder(&self, title: &str) -> Option<PathBuf>;
    /// A title that cannot be set is cosmetic: the action itself succeeded.
    fn set_title(&self, title: &str);
}
