//! What the window says about the open file: recovered from a log, in a risky place, moved.

use std::path::Path;

use radsplan_core::storage::place::RiskyPlace;

/// What she reads after the file was moved to the data folder.
pub(super) fn moved_notice(copy: &Path, original: &Path) -> String {
    format!(
        "Filen är flyttad till Rådsplans datamapp och det är den du arbetar i nu: {}. \
         Originalet ligger kvar orört i {} och finns kvar under Öppna senaste. Ta bort det \
         själv när du har kontrollerat att allt finns med i den nya filen.",
        copy.display(),
        original.display()
    )
}

/// What she reads after the open file was deleted or moved away and written back (core's
/// storage/put_back.rs): at its place, or beside another file that took its name.
pub(super) fn written_back_notice(opened: &Path, written: &Path) -> String {
    if opened == written {
        format!(
            "Filen togs bort eller flyttades medan den var öppen. Rådsplan har skrivit tillbaka \
             hela rådet, med allt du gjort, till {}.",
            written.display()
        )
    } else {
        format!(
            "Filen togs bort eller flyttades medan den var öppen, och en annan fil ligger nu på \
             dess plats. Den filen är orörd; rådet, med allt du gjort, är sparat bredvid som {} \
             och det är den du arbetar i nu.",
            written.display()
        )
    }
}

/// What she reads after a log left by a crash was applied at opening.
pub(super) fn recovered_notice(folder: &Path) -> String {
    format!(
        "Rådsplan avslutades inte ordentligt förra gången. Filen har återställts från sin logg; \
         en kopia av filen som den var ligger i {}.",
        folder.display()
    )
}

pub(super) fn risky_notice(place: RiskyPlace) -> String {
    let folder = match place {
        RiskyPlace::OneDrive => "en OneDrive-mapp",
        RiskyPlace::Dropbox => "en Dropbox-mapp",
        RiskyPlace::GoogleDrive => "en Google Drive-mapp",
        RiskyPlace::ICloud => "iCloud Drive",
        RiskyPlace::NetworkShare => "en nätverksmapp",
    };
    format!(
        "Filen ligger i {folder}. Synkprogram och nätverksmappar kopierar filen och dess logg \
         var för sig, och det kan skada en Rådsplan-fil medan den är öppen. Arbeta hellre i \
         Rådsplans datamapp på datorn. Färdiga kopior kan du gärna lägga i {folder}."
    )
}
