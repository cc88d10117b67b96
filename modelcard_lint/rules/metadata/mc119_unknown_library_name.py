"""MC119 unknown-library-name."""

from __future__ import annotations

from collections.abc import Iterator

from ...card import Card
from ...core.rule import Option, Rule
from ...diagnostics import Finding, Severity
from ...facts.codelibraries import code_imports
from ...hub.lists import load_list, load_set
from ...hub.suggest import nearest
from ...hub.vocabulary import shown

# names the Hub takes from a repository's files, not from its library list: GGUF files get the Hub's local-app
# snippets (llama.cpp, Ollama, LM Studio) and the `?library=gguf` filter (hub-docs, docs/hub/gguf.md)
FILE_FORMATS = frozenset({"gguf"})
# frameworks and formats, which the Hub tags models with (from their files), but has no snippet for
FRAMEWORKS = frozenset({"pytorch", "tensorflow", "tf", "jax", "onnx", "safetensors", "tflite", "coreml", "openvino"})
# which of them are file formats rather than frameworks (the message names each for what it is)
FORMATS = frozenset({"onnx", "safetensors", "tflite", "coreml"})
# apps that run GGUF files, which the Hub offers from the files themselves whatever `library_name` says
GGUF_APPS = frozenset({"llama.cpp", "llama-cpp", "llamacpp", "ollama", "lm-studio", "lmstudio", "koboldcpp", "jan"})


class UnknownLibraryName(Rule):
    """The `library_name` is not a library the Hub knows, so the model page has no code snippet for it."""

    code = "MC119"
    name = "unknown-library-name"
    severity = Severity.WARNING
    options = {"allow": Option([], "Library names to accept as if they were on the Hub's list")}

    def check(self, card: Card) -> Iterator[Finding]:
        meta = card.meta
        node = meta.get("library_name") if meta is not None else None
        if node is None or node.is_null:
            return
        if node.is_str and (node.value in load_set("library_names") or node.value in FILE_FORMATS
                            or node.value in self.opts["allow"]):
            return
        if not node.is_scalar:
            names = [item.value for item in node if item.is_str]
            one = names[0] if len(names) == 1 and node.is_seq and len(node.value) == 1 else None
            yield self.finding(
                node,
                f"`library_name` is {shown(node)}, but it takes one library's name, as a string: {shown(node)} "
                'matches no library the Hub knows, so the model page shows no "Use this model" snippet and the '
                "library filter misses it",
                help=f"write `library_name: {one}`" if one else "write the one library that loads the model as a "
                "string (`library_name: transformers`), or leave it out",
                value=node.raw,
                suggestion=one,
            )
            return
        if node.is_str and node.value.lower() in FRAMEWORKS:
            # only where the card's own code loads the model with a library of the Hub's list: code that imports
            # none runs it with the framework itself or the author's package (and a card without code does not say),
            # and the framework's name is then as right as any other
            libraries = code_imports(card)
            if libraries:
                kind = "file format" if node.value.lower() in FORMATS else "framework"
                yield self.finding(
                    node,
                    f"`library_name` {shown(node)} names a {kind}, not a library the Hub has a snippet for, though "
                    f"the card's code loads the model with `{libraries[0]}`: the model page shows no \"Use this "
                    "model\" code to load it",
                    help=f"write `library_name: {libraries[0]}`",
                    fix=self.replace_value(node, libraries[0], f"write `library_name: {libraries[0]}`", safe=False),
                    value=node.raw,
                    suggestion=libraries[0],
                )
            return
        if node.is_str and node.value.lower() in GGUF_APPS:
            yield self.finding(
                node,
                f"`library_name` {shown(node)} names an app that runs GGUF files, not a library of the Hub's list: "
                "the Hub offers its GGUF apps (llama.cpp, LM Studio, Ollama) from the files themselves and lists such "
                "models under `gguf`",
                help="write `library_name: gguf`, or leave `library_name` out",
                fix=self.replace_value(node, "gguf", "write `library_name: gguf`", safe=False),
                value=node.raw,
                suggestion="gguf",
            )
            return
        # (by its spelling only: a library whose name is longer is another one, `whisper` is not `whisperkit`)
        fix = nearest(node.raw, load_list("library_names"), prefixes=False) if node.is_str else None
        message = (
            f"`library_name` {shown(node)} is not one of the libraries "
            'the Hub knows; the Hub keeps it, but the model page shows no "Use this model" snippet and the '
            "library filter misses it"
        )
        if fix:
            message += f"; did you mean `{fix}`?"
        yield self.finding(
            node,
            message,
            help=f"write `library_name: {fix}`" if fix else "use a key of the Hub's library list, or leave it out",
            value=node.raw,
            suggestion=fix,
        )
