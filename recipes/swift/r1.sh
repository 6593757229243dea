#!/usr/bin/env bash
# R1 with ms-swift (3.x): GRPO on image-to-code with codepercept's execution rewards.
# Paper settings: G = 8, temperature 1.0, top-p 0.85, repetition penalty 1.1, lr 1e-6,
# KL 0.001, grad-norm clip 0.5, 8,192 new tokens, vLLM rollouts.
#
#   codepercept export DATASET --to swift-grpo --split-by template --out exports/r1-swift
#   SIZE=8b MODEL=runs/s1-qwen3vl-8b-swift bash recipes/swift/r1.sh exports/r1-swift
#
# Rewards come from the ms-swift plugin that codepercept ships (--external_plugins); its
# settings are read from CODEPERCEPT_REWARD_OPTS (JSON of RewardConfig fields) and the reward
# server URL from CODEPERCEPT_REWARD_SERVER (`codepercept serve-rewards` on CPU nodes).
# 4B/8B: vLLM colocated on the training GPUs. 32B: vLLM on its own node, started first with
#   swift rollout --model "$MODEL" --vllm_tensor_parallel_size 8
# and VLLM_HOST set to that node. Several training nodes: NNODES, NODE_RANK, MASTER_ADDR,
# MASTER_PORT as for s1.sh.
set -euo pipefail
DATA=${1:?usage: SIZE=4b|8b|32b MODEL=S1_CHECKPOINT bash recipes/swift/r1.sh EXPORT_DIR}
SIZE=${SIZE:-8b}
MODEL=${MODEL:-runs/s1-qwen3vl-$SIZE-swift}
PLUGIN=$(python -c "from codepercept.rewards.swift_orms import plugin_path; print(plugin_path())")
case "$SIZE" in
  4b) BATCH=8; ACCUM=2; ZERO=zero2; VLLM=(--vllm_mode colocate --vllm_gpu_memory_utilization 0.5) ;;
  8b) BATCH=8; ACCUM=4; ZERO=zero2; VLLM=(--vllm_mode colocate --vllm_gpu_memory_utilization 0.4) ;;
  32b) BATCH=4; ACCUM=8; ZERO=zero3
       VLLM=(--vllm_mode server --vllm_server_host "${VLLM_HOST:?set VLLM_HOST}" --vllm_server_port 8000) ;;
  *) echo "SIZE must be 4b, 8b or 32b" >&2; exit 1 ;;
esac
VAL=()
[ -f "$DATA/validation.jsonl" ] && VAL=(--val_dataset "$DATA/validation.jsonl")

NPROC_PER_NODE=${NPROC_PER_NODE:-8} \
swift rlhf \
  --rlhf_type grpo \
  --model "$MODEL" \
  --train_type full \
  --torch_dtype bfloat16 \
  --dataset "$DATA/train.jsonl" \
  "${VAL[@]}" \
  --split_dataset_ratio 0 \
  --external_plugins "$PLUGIN" \
  --reward_funcs codepercept_format codepercept_exec codepercept_structural codepercept_visual \
  --reward_weights 1 1 1 1 \
  --use_vllm true \
  "${VLLM[@]}" \
  --num_generations 8 \
  --temperature 1.0 \
  --top_p 0.85 \
  --repetition_penalty 1.1 \
  --max_completion_length 8192 \
  --learning_rate 1e-6 \
  --beta 0.001 \
  --max_grad_norm 0.5 \
  --per_device_train_batch_size "$BATCH" \
  --gradient_accumulation_steps "$ACCUM" \
  --gradient_checkpointing true \
  --deepspeed "$ZERO" \
  --num_train_epochs 1 \
  --logging_steps 1 \
  --log_completions true \
  --save_steps 100 \
  --output_dir "runs/r1-qwen3vl-$SIZE-swift"
