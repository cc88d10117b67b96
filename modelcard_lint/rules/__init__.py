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
from .mc110_misspelled_key import MisspelledKey
from .mc111_empty_metadata_value import EmptyMetadataValue
from .mc112_invalid_license import InvalidLicense
from .mc113_incomplete_other_license import IncompleteOtherLicense
from .mc114_missing_license import MissingLicense
from .mc115_invalid_language import InvalidLanguage
from .mc116_missing_language import MissingLanguage
from .mc117_invalid_pipeline_tag import InvalidPipelineTag
from .mc118_removed_pipeline_tag import RemovedPipelineTag
from .mc119_unknown_library_name import UnknownLibraryName
from .mc120_invalid_base_model import InvalidBaseModel
from .mc121_missing_base_model import MissingBaseModel
from .mc122_invalid_dataset_id import InvalidDatasetId
from .mc123_datasets_as_string import DatasetsAsString
from .mc124_invalid_model_index import InvalidModelIndex
from .mc125_hand_set_verified import HandSetVerified
from .mc126_unknown_task_type import UnknownTaskType
from .mc127_string_metric_value import StringMetricValue
from .mc128_string_dataset_args import StringDatasetArgs
from .mc129_pipeline_tag_mismatch import PipelineTagMismatch
from .mc130_language_config_mismatch import LanguageConfigMismatch
from .mc131_title_name_mismatch import TitleNameMismatch
from .mc132_wrong_value_type import WrongValueType
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
from .mc903_unused_suppression import UnusedSuppression

BUILTIN: list[type[Rule]] = [
    MissingFrontmatter,
    UnrecognizedFrontmatter,
    FrontmatterAfterWhitespace,
    YamlSyntaxError,
    DuplicateKey,
    NonMappingFrontmatter,
    MisspelledKey,
    EmptyMetadataValue,
    InvalidLicense,
    IncompleteOtherLicense,
    MissingLicense,
    InvalidLanguage,
    MissingLanguage,
    InvalidPipelineTag,
    RemovedPipelineTag,
    UnknownLibraryName,
    InvalidBaseModel,
    MissingBaseModel,
    InvalidDatasetId,
    DatasetsAsString,
    InvalidModelIndex,
    HandSetVerified,
    UnknownTaskType,
    StringMetricValue,
    StringDatasetArgs,
    PipelineTagMismatch,
    LanguageConfigMismatch,
    TitleNameMismatch,
    WrongValueType,
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
    UnusedSuppression,
]


def get_rules() -> list[type[Rule]]:
    return list(BUILTIN)
