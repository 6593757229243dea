"""Talking to vision-language models: the OpenAI-compatible client, images, prompts, code extraction."""

from codepercept.vlm.client import (
    ChatClient,
    ChatReply,
    ReplyCache,
    cache_key,
    content_text,
    parse_reply,
)
from codepercept.vlm.extract import code_blocks, extract_code, fenced_code, strip_thinking
from codepercept.vlm.images import image_message, image_to_data_uri, prepare_image, target_size
from codepercept.vlm.official import (
    UnsupportedImage,
    extract_official,
    mime_type,
    official_image_uri,
    official_messages,
    official_size,
    parse_official_score,
)
from codepercept.vlm.prompts import (
    OFFICIAL_SYSTEM,
    PROMPTS,
    SOURCE_ENV,
    STEM2CODE_PROMPT,
    OfficialRubrics,
    OfficialSourceError,
    Prompt,
    official_rubrics,
    resolve_prompt,
)
from codepercept.vlm.replies import json_object, last_word, reply_text, verdict_scope

__all__ = [
    "OFFICIAL_SYSTEM",
    "PROMPTS",
    "SOURCE_ENV",
    "STEM2CODE_PROMPT",
    "ChatClient",
    "OfficialRubrics",
    "OfficialSourceError",
    "Prompt",
    "ChatReply",
    "ReplyCache",
    "UnsupportedImage",
    "cache_key",
    "content_text",
    "code_blocks",
    "extract_code",
    "extract_official",
    "fenced_code",
    "image_message",
    "image_to_data_uri",
    "json_object",
    "last_word",
    "mime_type",
    "official_image_uri",
    "official_messages",
    "official_rubrics",
    "official_size",
    "parse_official_score",
    "parse_reply",
    "prepare_image",
    "reply_text",
    "resolve_prompt",
    "strip_thinking",
    "target_size",
    "verdict_scope",
]
