"""The topics missing-section (MC201) asks for, the headings that cover each, and how its messages name them."""

from __future__ import annotations

# Each topic lists the headings that cover it.  A heading covers a topic when one of these phrases appears in it as
# whole words, after normalising both (see ``normalize``): "Intended uses & limitations" covers "intended uses" and
# "limitations".  A phrase starting with "^" must be the whole heading ("^Data" covers "## Data" but not "## Testing
# data").
TOPICS: dict[str, tuple[str, ...]] = {
    "description": (
        "Model description", "Description", "Model details", "Model summary", "Overview",
        "Introduction", "^About", "^Summary", "Model information", "Abstract",
        "^What is it", "^What is this", "^What's this", "Model info", "About the model", "About this model",
        "Model architecture", "^Architecture", "^Model", "^The model",
        # (the "Model Details" field of Mitchell et al.'s card as a section: "## Model Type", what the model is)
        "^Model type",
        # (a merge's recipe says what it is made of: "## Recipe", mergekit's "## Merge Details")
        "^Recipe", "Merge recipe", "Merge details", "Merge method",
    ),
    "intended-uses": (
        "Intended uses", "Intended use", "Intended usage", "Uses", "^Use", "Use cases", "Use case", "Direct use",
        "Downstream use", "^Downstream tasks", "^Downstream task",
        "Applications", "Intended purpose", "^What it does", "What the model does",
        "What this model does", "Scope", "Out-of-scope use", "Purpose", "Intended and responsible use",
    ),
    "limitations": (
        "Limitations", "Limitation", "Bias", "Biases", "Risks", "Ethical considerations",
        "Ethics", "Caveats", "Cautions", "Out-of-scope use", "Out of scope", "Out-of-scope", "Known issues",
        "Open problems", "Open issues", "Known problems", "Fairness", "Safety",
        "Disclaimer", "^Privacy", "Privacy considerations", "Trigger warning", "Content warning", "Prohibited uses",
        "Prohibited use", "Misuse",
        "Use restrictions", "Usage restrictions",
        "^Warning", "^Warnings", "Work in progress", "What it cannot do", "What it can't do", "What it doesn't do",
        "What it does not do", "What it will never do", "What it will not do", "What it won't do",
        "Not intended for", "Not intended use", "Not intended uses", "Unintended use", "Unintended uses",
        "Things you should know", "Things to know",
        "What you should know", "What it is not", "What this is not", "What this model is not",
        # (where it stops working, in other words: "## Design boundaries", "## Known limits", "## Failure modes")
        "Limits", "Boundaries", "Shortcomings", "Weaknesses", "Failure modes", "Failure cases", "Pitfalls",
        "What did not work", "What didn't work", "What does not work", "What doesn't work",
    ),
    "training-data": (
        "Training data", "Training dataset", "Training datasets", "Training and evaluation data",
        "Training corpus", "Pretraining data", "Pre-training data", "Pretraining corpus",
        "Pre-training corpus", "Fine-tuning data", "Finetuning data", "Train data", "Training set",
        "^Dataset", "^Datasets", "^Data", "^Corpus", "^Trained on", "^Fine-tuned on", "^Finetuned on",
        "Training samples", "Training examples", "Dataset statistics", "Data statistics",
    ),
    "evaluation": (
        "Evaluation", "Evaluation results", "Eval results", "^Results", "Performance",
        "Benchmark", "Benchmarks", "Metrics", "Test results", "Testing data", "Scores", "Results on",
        "Results for", "Validation results", "^Validation", "^Verification", "Sanity check", "Sanity checks",
        "^Testing status",  # (the MLTRL card's section on how the model was tested)
        # a model's outputs shown as a qualitative evaluation: "## Example Translations" (not "## Example Output", what
        # the usage code prints)
        "Example translations", "Example generations", "Sample translations", "Sample generations",
        # or beside another model's: "## Comparison with SDXL-Inpainting"
        "Comparison with", "Comparison to", "Comparisons with", "Compared with", "Compared to",
        # (or a comparison alone, set out under it: "## Comparison", then "a simple comparison with FLUX.1-dev")
        "^Comparison", "^Comparisons",
        # (or of a kind: "## Image Comparision (SDXL-1.0 vs SSD-1B)", "### Speed Comparison")
        "Image comparison", "Speed comparison", "Quality comparison", "Visual comparison", "Performance comparison",
        # (or its speed measured: "### Image Sampling Times", "## Inference speed", "## Latency")
        "Sampling times", "Inference times", "Inference time", "Inference speed", "Generation speed", "^Speed",
        "^Latency", "^Throughput",
        # (or a report of its results by name: "## Classification Report" over its picture, "## Confusion Matrix")
        "Classification report", "Confusion matrix", "Confusion matrices", "ROC curve", "ROC curves",
    ),
    # what the transformers Trainer writes
    "trainer-description": ("Model description",),
    "trainer-uses": ("Intended uses & limitations",),
    "trainer-data": ("Training and evaluation data",),
    "training-procedure": ("Training procedure",),
    "training-hyperparameters": ("Training hyperparameters",),
    "framework-versions": ("Framework versions",),
}

LABELS = {
    "description": "what the model is",
    "intended-uses": "intended uses",
    "limitations": "limitations, bias and risks",
    "training-data": "training data",
    "evaluation": "evaluation",
}

# a topic's label in a list of them
SHORT = {"limitations": "limitations and risks"}
