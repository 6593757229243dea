"""Talking to vision-language models: the OpenAI-compatible client, images, prompts, code extraction."""

from codepercept.vlm.client import ChatClient, ChatReply, ReplyCache, cache_key, parse_reply
from codepercept.vlm.extract import extract_code, strip_thinking
from codepercept.vlm.images import image_message, image_to_data_uri, prepare_image, target_size
from codepercept.vlm.prompts import PROMPTS, STEM2CODE_PROMPT, Prompt, resolve_prompt
from codepercept.vlm.replies import json_object, last_word, reply_text, verdict_scope

__all__ = [
    "PROMPTS",
    "STEM2CODE_PROMPT",
    "ChatClient",
    "Prompt",
    "ChatReply",
    "ReplyCache",
    "cache_key",
    "extract_code",
    "image_message",
    "image_to_data_uri",
    "json_object",
    "last_word",
    "parse_reply",
    "prepare_image",
    "reply_text",
    "resolve_prompt",
    "strip_thinking",
    "target_size",
    "verdict_scope",
]
