"""The messages of placeholder-text (MC301), by the kind of placeholder: what it says and how to fix it."""

from __future__ import annotations

TEXT = {
    "template": (
        "the Hub template's placeholder {text} was never replaced",
        "write this part of the card, or delete the line if it does not apply",
    ),
    "needed": (
        "placeholder text {text} was never replaced",
        "write the missing information here, or delete the section if it does not apply",
    ),
    "unknown": (
        "{text}: the {name} writes this when it was not told which data the model was trained on",
        "name the training dataset here (and list it under `datasets:` in the metadata)",
    ),
    "unnamed": (
        "{text}: sentence-transformers writes this heading when it was not told the dataset's name, so readers cannot "
        "tell which data the model saw",
        "name the dataset in the heading (its Hub id, or where it comes from), and list it under `datasets:` in the "
        "metadata",
    ),
    "author-note": (
        "the generator's note to the card's author, {text}, is still in the card: every reader sees it, and the card "
        "reads as a draft",
        "write the card, then delete the note",
    ),
    "recommendations": (
        "the Hub template's default sentence {text} is still here: the card's recommendations were never written",
        "write what users should know or check before using the model, or delete the sentence",
    ),
    "summary": (
        "the Hub template's default summary {text} is still here: the card never says what the model is",
        "replace it with a few sentences on what the model is and does",
    ),
    "optional": (
        "the template label {text} is still in the card",
        "fill in the optional item and remove the label, or delete the item",
    ),
    "score": (
        "the score {text} was never filled in: the template's mark for a result is still where the number belongs",
        "write the score the evaluation gave, or delete the line",
    ),
    "marks": (
        "{text} stands where a value or a link belongs: the template's mark was never replaced",
        "write what it stands for (the score, the link), or delete the line",
    ),
    "jinja": (
        "template variable {text} was never filled in",
        "render the template, or replace the variable with its value",
    ),
    "row-slot": (
        "the table's value {text} was never filled in: it is the template's name for its row, not the number",
        "write the value its row counts, or delete the row",
    ),
    "code-slot": (
        "template variable {text} was never filled in: the example code passes it as the model's name, so it fails "
        "for whoever runs it",
        "replace it with the model's Hub id",
    ),
    "code-todo": (
        "the example code passes {text} where a value belongs (the model's id, its path), so it fails for whoever "
        "runs it",
        "write the value the code needs",
    ),
    "todo-block": (
        "the example code is only the comment {text}: the code was left to write, so readers have nothing to run",
        "write the code that loads and runs the model here, or delete the block",
    ),
    "code-name": (
        "the example code loads {text}, a placeholder for the model's name, not its Hub id, so it fails for whoever "
        "runs it",
        "replace it with the model's Hub id",
    ),
    "none-dataset": (
        "{text}: the generator writes this when it was not told which data the model was trained on",
        "name the training dataset here (and list it under `datasets:` in the metadata)",
    ),
    "none-base": (
        "{text}: the generator writes this when it was not told which model the training started from",
        "name the base model here (its Hub id, linked) and set `base_model` in the metadata",
    ),
    "loader-dataset": (
        "{text}: `{name}` is a loader of the datasets library (`load_dataset(\"{name}\", ...)`), not a dataset, "
        "so the card does not say which data the model was trained on",
        "name the data the model was trained on: its Hub id, or what the files hold and where they come from",
    ),
    "loader-dataset-described": (
        "{text}: `{name}` is a loader of the datasets library (`load_dataset(\"{name}\", ...)`), not a dataset: the "
        "generator's sentence names no data, though the card describes it elsewhere",
        "name the data here too (its Hub id, or what the files hold), or take the generator's sentence out",
    ),
    "todo": ("{text} marks unfinished text", "finish this part of the card"),
    "fill-in": ("{text} is a template's field for the author to fill in, never filled", "write the value it asks for"),
    "fill-in-done": ("the template's instruction {text} is still here, though what it asks for is written below it: "
                     "the line reads as a draft", "delete the instruction"),
    # (AutoNLP writes `language: unk` when it was given no language; `unk` is the ISO 639-3 code of Enawené-Nawé, a
    # language of Brazil, so the Hub files the model under it)
    "unknown-language": ("`language: unk` is AutoNLP's value for a language it was not told, and also the ISO 639-3 "
                         "code of Enawené-Nawé, so the Hub lists the model under that language",
                         "write the code of the language the model handles (`en`), or remove `unk`"),
    "lorem": ("{text} is filler text", "replace the filler with real content"),
    "extra": ("placeholder text {text} was never replaced", "replace it with real content"),
    "trainer-note": (
        "the {name}'s note asking to proofread and complete the card, and then to remove the note, is still "
        "here: whoever opens the file reads the card as an unfinished draft",
        "proofread and complete the card, then delete this comment",
    ),
    "guidance": (
        "the Hub template's guidance comment {text} is still here",
        "write what the comment asks for, then delete the comment",
    ),
    "instruction": (
        "the comment {text} is an instruction left for whoever writes the card: the section it stands in "
        "may never have been written",
        "write what the comment asks for, then delete the comment",
    ),
}
# a template's comment over a section that has text (its own, or the template's): only the comment is left over
WRITTEN = {
    "guidance": (
        "the Hub template's guidance comment {text} is still here, over a section that has text: it is hidden "
        "on the Hub but tells whoever edits the file that the section is a draft",
        "delete the comment",
    ),
    "instruction": (
        "the comment {text} is an instruction left for whoever writes the card, over a section that has "
        "text: it is hidden on the Hub but tells whoever edits the file that the section is a draft",
        "delete the comment",
    ),
}
# the Hub template's sentence left beside recommendations the card gives
BESIDE = {
    "recommendations": (
        "the Hub template's default sentence {text} is still here, beside the recommendations the card gives: it "
        "reads as a draft left unfinished",
        "delete the sentence",
    ),
}
