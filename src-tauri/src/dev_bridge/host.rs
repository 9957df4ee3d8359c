//! The bridge's stand-in for the window: dialogs answer what a test or the developer queued
//! (a path, or `null` for Avbryt); with nothing queued a dialog is cancelled.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Mutex;

use crate::commands::{FileFilter, Host};

#[derive(Default)]
pub struct BridgeHost {
    answers: Mutex<VecDeque<Option<PathBuf>>>,
    /// Every dialog asked for, by title, so a test can check what the secretary was shown.
    pub asked: Mutex<Vec<String>>,
    pub title: Mutex<String>,
}

impl BridgeHost {
    pub fn queue_answer(&self, answer: Option<PathBuf>) {
        if let Ok(mut answers) = self.answers.lock() {
            answers.push_back(answer);
        }
    }

    pub fn clear(&self) {
        if let Ok(mut answers) = self.answers.lock() {
            answers.clear();
        }
        if let Ok(mut asked) = self.asked.lock() {
            asked.clear();
        }
    }

    fn answer(&self, title: &str) -> Option<PathBuf> {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(title.to_string());
        }
        self.answers.lock().ok()?.pop_front().flatten()
    }
}

impl Host for BridgeHost {
    fn choose_file_to_open(&self, title: &str, _filters: &[FileFilter<'_>]) -> Option<PathBuf> {
        self.answer(title)
    }

    fn choose_file_to_save(
        &self,
        title: &str,
        _filters: &[FileFilter<'_>],
        _file_name: &str,
    ) -> Option<PathBuf> {
        self.answer(title)
    }

    fn choose_folder(&self, title: &str) -> Option<PathBuf> {
        self.answer(title)
    }

    fn set_title(&self, title: &str) {
        if let Ok(mut current) = self.title.lock() {
            *current = title.to_string();
        }
    }
}
