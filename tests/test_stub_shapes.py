"""MC303 recognises a stub by its shape: wordings that are not in its documents or fixtures.

These were written apart from the rule's vocabulary, to see that it generalises: stubs a reviewer
would flag, and short sections that answer the heading in a few words.
"""

from __future__ import annotations

import pytest
from harness import lint

from modelcard_lint.api import lint_text

STUBS = [
    ("Training data", "Coming Soon™"),
    ("Model description", "To be released."),
    ("Citation", "Information will be provided upon publication."),
    ("Evaluation", "This section is under development."),
    ("Evaluation", "Results will be released with the paper."),
    ("Limitations", "Not yet available."),
    ("Citation", "[Insert citation here]"),
    ("Authors", "[Your name here]"),
    ("Usage", "<to be written>"),
    ("Model details", "Details coming soon."),
    ("Uses", "Will be added after publication."),
    ("Results", "Soon."),
    ("Results", "N.A."),
    ("Hardware", "-"),
    ("Model description", "The model card is a work in progress."),
    ("Evaluation", "Stay tuned for updates!"),
    ("Bias", "Currently not available."),
    ("Training procedure", "_Under development_"),
    ("Environmental impact", "{fill in}"),
    ("Evaluation", "- TBA"),
    ("Evaluation", "To be determined."),
    ("Training procedure", "Updating..."),
    ("Usage", "Documentation in progress."),
    ("Environmental impact", "Not applicable."),
]

ANSWERS = [
    ("License", "MIT"),
    ("License", "Apache 2.0"),
    ("Language", "English"),
    ("Language", "(English)"),
    ("Language", "[English, German]"),
    ("Limitations", "None."),
    ("Limitations", "None known."),
    ("Intended uses", "Research only."),
    ("Citation", "See the paper."),
    ("Tokenizer", "Same as the base model."),
    ("Limitations", "Not evaluated yet."),
    ("Limitations", "The model is not intended for production use."),
    ("Training data", "Trained on English Wikipedia."),
    ("Roadmap", "Coming soon: a 7B version trained on 1T tokens."),
    ("Weights", "Available on request."),
    ("Bias", "We did not evaluate for bias."),
    ("Citation", "Please cite the paper below."),
    ("Contact", "See [our website](https://example.org)."),
    ("Limitations", "Nothing to report."),
    ("Hardware", "One V100"),
    ("Training procedure", "No preprocessing."),
    ("Model description", "A BERT model pre-trained on PubMed abstracts."),
    ("Results", "See Tensorboard"),
    ("Authors", "Jenia Kim, Piek Vossen"),
    ("Limitations", "Not applicable to non-English text."),
    ("Weights", "To be determined by the licence of the base model: Apache 2.0."),
]


def _card(title: str, text: str) -> str:
    return f"---\nlicense: mit\n---\n\n# my-model\n\nA small model for tests.\n\n## {title}\n\n{text}\n"


@pytest.mark.parametrize("title, text", STUBS)
def test_a_stub_is_reported(title: str, text: str) -> None:
    assert [(d.code, d.span.line) for d in lint(_card(title, text), select=["MC303"])] == [("MC303", 11)]


@pytest.mark.parametrize("title, text", ANSWERS)
def test_a_short_answer_is_not(title: str, text: str) -> None:
    assert lint(_card(title, text), select=["MC303"]) == []


def test_a_stub_in_a_list_item_is_quoted_once_and_a_label_names_what_is_pending() -> None:
    card = "---\nlicense: mit\n---\n\n# m\n\nA model.\n\n### Model Source\n\n{}\n\n## Uses\n\nText.\n"
    [stub] = [d.message for d in lint_text(card.format("- **Paper:** *coming soon*.")) if d.code == "MC303"]
    assert '"**Paper:** *coming soon*."' in stub and stub.count("coming soon") == 1
    assert not [d for d in lint_text(card.format("- **Paper:** see the blog post by the team.")) if d.code == "MC303"]


def test_a_fact_told_in_the_past_is_no_stub() -> None:
    from harness import lint

    text = "---\nlicense: mit\n---\n\n# m\n\nA model.\n\n## Original model card\n\n{}\n\n## Usage\n\nRun it.\n"
    assert not [d for d in lint(text.format("No original model card was available.")) if d.code == "MC303"]
    assert [d for d in lint(text.format("Not available yet.")) if d.code == "MC303"]
