"""Talking to vision-language models: the OpenAI-compatible client, images, prompts, code extraction."""

from codepercept.vlm.client import ChatClient, ChatReply, ReplyCache, cache_key, parse_reply

__all__ = ["ChatClient", "ChatReply", "ReplyCache", "cache_key", "parse_reply"]
