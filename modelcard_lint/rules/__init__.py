"""The built-in rules, registered in one place.

A new rule is one module here and one line in ``BUILTIN``.  Plugins register
rules through the ``modelcard_lint.rules`` entry-point group (see
``modelcard_lint.registry``).
"""

from __future__ import annotations

from ..core.rule import Rule
from .frontmatter.mc101_missing_frontmatter import MissingFrontmatter
from .frontmatter.mc102_unrecognized_frontmatter import UnrecognizedFrontmatter
from .frontmatter.mc103_frontmatter_after_whitespace import FrontmatterAfterWhitespace
from .frontmatter.mc104_yaml_syntax_error import YamlSyntaxError
from .frontmatter.mc105_duplicate_key import DuplicateKey
from .frontmatter.mc106_non_mapping_frontmatter import NonMappingFrontmatter
from .metadata.mc110_misspelled_key import MisspelledKey
from .metadata.mc111_empty_metadata_value import EmptyMetadataValue
from .metadata.mc112_invalid_license import InvalidLicense
from .metadata.mc113_incomplete_other_license import IncompleteOtherLicense
from .metadata.mc114_missing_license import MissingLicense
from .metadata.mc115_invalid_language import InvalidLanguage
from .metadata.mc116_missing_language import MissingLanguage
from .metadata.mc117_invalid_pipeline_tag import InvalidPipelineTag
from .metadata.mc118_removed_pipeline_tag import RemovedPipelineTag
from .metadata.mc119_unknown_library_name import UnknownLibraryName
from .metadata.mc120_invalid_base_model import InvalidBaseModel
from .metadata.mc121_missing_base_model import MissingBaseModel
from .metadata.mc122_invalid_dataset_id import InvalidDatasetId
from .metadata.mc123_datasets_as_string import DatasetsAsString
from .metadata.mc124_invalid_model_index import InvalidModelIndex
from .metadata.mc125_hand_set_verified import HandSetVerified
from .metadata.mc126_unknown_task_type import UnknownTaskType
from .metadata.mc127_string_metric_value import StringMetricValue
from .metadata.mc128_string_dataset_args import StringDatasetArgs
from .metadata.mc129_pipeline_tag_mismatch import PipelineTagMismatch
from .metadata.mc130_language_config_mismatch import LanguageConfigMismatch
from .metadata.mc131_title_name_mismatch import TitleNameMismatch
from .metadata.mc132_wrong_value_type import WrongValueType
from .structure.mc201_missing_section import MissingSection
from .structure.mc202_empty_section import EmptySection
from .content.mc301_placeholder_text import PlaceholderText
from .tables.mc401_swapped_columns import SwappedColumns
from .tables.mc402_value_out_of_range import ValueOutOfRange
from .tables.mc403_log_out_of_order import LogOutOfOrder
from .tables.mc404_steps_per_epoch_change import StepsPerEpochChange
from .tables.mc405_log_length_mismatch import LogLengthMismatch
from .metrics.mc501_metric_mismatch import MetricMismatch
from .metrics.mc502_metric_not_in_model_index import MetricNotInModelIndex
from .metrics.mc503_headline_not_in_log import HeadlineNotInLog
from .metrics.mc504_headline_from_earlier_row import HeadlineFromEarlierRow
from .internal.mc901_rule_error import RuleError
from .internal.mc902_unreadable_file import UnreadableFile
from .internal.mc903_unused_suppression import UnusedSuppression

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
