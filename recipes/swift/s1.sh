#!/usr/bin/env bash
# S1 with ms-swift (3.x): SFT on captions + image-to-code jointly, Qwen3-VL 4B / 8B / 32B.
# Paper settings: 1 epoch, cosine lr 3e-6 -> 2e-7, 5 % warm-up, bf16, DeepSpeed ZeRO-2.
#
#   codepercept export DATASET --to swift --task both --split-by template --out exports/s1-swift
#   SIZE=8b bash recipes/swift/s1.sh exports/s1-swift
#
# Several nodes: run the same command on every node with NNODES, NODE_RANK (0..NNODES-1),
# MASTER_ADDR (node 0's address) and MASTER_PORT set; NPROC_PER_NODE is the GPUs per node.
set -euo pipefail
DATA=${1:?usage: SIZE=4b|8b|32b bash recipes/swift/s1.sh EXPORT_DIR}
SIZE=${SIZE:-8b}
case "$SIZE" in
  4b) MODEL=Qwen/Qwen3-VL-4B-Instruct; BATCH=4; ACCUM=4; ZERO=zero2 ;;
  8b) MODEL=Qwen/Qwen3-VL-8B-Instruct; BATCH=2; ACCUM=8; ZERO=zero2 ;;
  # 32B: ZeRO-2 keeps a bf16 copy of the weights on every GPU (64 GB); on 80 GB cards use zero3
  32b) MODEL=Qwen/Qwen3-VL-32B-Instruct; BATCH=1; ACCUM=4; ZERO=${ZERO:-zero3} ;;
  *) echo "SIZE must be 4b, 8b or 32b" >&2; exit 1 ;;
esac
VAL=()
[ -f "$DATA/validation.jsonl" ] && VAL=(--val_dataset "$DATA/validation.jsonl")

NPROC_PER_NODE=${NPROC_PER_NODE:-8} \
swift sft \
  --model "$MODEL" \
  --train_type full \
  --torch_dtype bfloat16 \
  --dataset "$DATA/train.jsonl" \
  "${VAL[@]}" \
  --split_dataset_ratio 0 \
  --num_train_epochs 1 \
  --learning_rate 3e-6 \
  --lr_scheduler_type cosine_with_min_lr \
  --lr_scheduler_kwargs '{"min_lr": 2e-7}' \
  --warmup_ratio 0.05 \
  --per_device_train_batch_size "$BATCH" \
  --gradient_accumulation_steps "$ACCUM" \
  --gradient_checkpointing true \
  --max_grad_norm 1.0 \
  --deepspeed "$ZERO" \
  --logging_steps 10 \
  --save_strategy epoch \
  --output_dir "runs/s1-qwen3vl-$SIZE-swift"
