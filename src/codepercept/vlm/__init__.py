"""Talking to vision-language models: the OpenAI-compatible client, images, prompts, code extraction."""

from codepercept.vlm.client import ChatClient, ChatReply, ReplyCache, cache_key, parse_reply
from codepercept.vlm.extract import extract_code, strip_thinking
from codepercept.vlm.images import image_message, image_to_data_uri, prepare_image, target_size
from codepercept.vlm.prompts import PROMPTS, STEM2CODE_PROMPT, resolve_prompt

__all__ = [
    "PROMPTS",
    "STEM2CODE_PROMPT",
    "ChatClient",
    "ChatReply",
    "ReplyCache",
    "cache_key",
    "extract_code",
    "image_message",
    "image_to_data_uri",
    "parse_reply",
    "prepare_image",
    "resolve_prompt",
    "strip_thinking",
    "target_size",
]
