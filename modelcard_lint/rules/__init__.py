"""The built-in rules, registered in one place.

A new rule is one module here and one line in ``BUILTIN``.  Plugins register
rules through the ``modelcard_lint.rules`` entry-point group (see
``modelcard_lint.registry``).
"""

from __future__ import annotations

from ..rule import Rule
from .mc101_missing_frontmatter import MissingFrontmatter
from .mc102_unrecognized_frontmatter import UnrecognizedFrontmatter
from .mc103_frontmatter_after_whitespace import FrontmatterAfterWhitespace
from .mc104_yaml_syntax_error import YamlSyntaxError
from .mc105_duplicate_key import DuplicateKey
from .mc106_non_mapping_frontmatter import NonMappingFrontmatter
from .mc201_missing_section import MissingSection
from .mc202_empty_section import EmptySection
from .mc301_placeholder_text import PlaceholderText
from .mc401_swapped_columns import SwappedColumns
from .mc402_value_out_of_range import ValueOutOfRange
from .mc403_log_out_of_order import LogOutOfOrder
from .mc404_steps_per_epoch_change import StepsPerEpochChange
from .mc405_log_length_mismatch import LogLengthMismatch
from .mc501_metric_mismatch import MetricMismatch
from .mc502_metric_not_in_model_index import MetricNotInModelIndex
from .mc503_headline_not_in_log import HeadlineNotInLog
from .mc504_headline_from_earlier_row import HeadlineFromEarlierRow
from .mc901_rule_error import RuleError
from .mc902_unreadable_file import UnreadableFile

BUILTIN: list[type[Rule]] = [
    MissingFrontmatter,
    UnrecognizedFrontmatter,
    FrontmatterAfterWhitespace,
    YamlSyntaxError,
    DuplicateKey,
    NonMappingFrontmatter,
    MissingSection,
    EmptySection,
    PlaceholderText,
    SwappedColumns,
    ValueOutOfRange,
    LogOutOfOrder,
    StepsPerEpochChange,
    LogLengthMismatch,
    MetricMismatch,
    MetricNotInModelIndex,
    HeadlineNotInLog,
    HeadlineFromEarlierRow,
    RuleError,
    UnreadableFile,
]


def get_rules() -> list[type[Rule]]:
    return list(BUILTIN)
