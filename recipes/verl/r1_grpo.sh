#!/usr/bin/env bash
# R1 with verl: GRPO on image-to-code, rewarded by codepercept's compute_score_batch.
# Paper settings: G = 8, temperature 1.0, top-p 0.85, lr 1e-6, KL 0.001 (as a loss term),
# grad-norm clip 0.5, 8,192 new tokens, vLLM rollouts. verl's rollout config has no
# repetition-penalty key (the paper's 1.1 is not applied here; TRL and ms-swift apply it).
#
#   codepercept export DATASET --to verl --task code --split-by template --out exports/r1-verl
#   MODEL=runs/s1-qwen3vl-8b bash recipes/verl/r1_grpo.sh exports/r1-verl
#
# Rows have data_source "codepercept/stem2code", the reference code as
# reward_model.ground_truth and the figure embedded in `images`. The batch reward manager
# scores a whole batch in one call (the group of 8 renders in parallel); reward_kwargs pass
# weights and a reward server URL (`codepercept serve-rewards` on CPU nodes) through.
# Several nodes: start a Ray cluster over them first, then set NNODES.
set -euo pipefail
DATA=${1:?usage: MODEL=S1_CHECKPOINT bash recipes/verl/r1_grpo.sh EXPORT_DIR}
MODEL=${MODEL:-runs/s1-qwen3vl-8b}
REWARD=$(python -c "import codepercept.rewards.verl as v; print(v.__file__)")

python3 -m verl.trainer.main_ppo \
  algorithm.adv_estimator=grpo \
  algorithm.use_kl_in_reward=False \
  data.train_files="$DATA/train.parquet" \
  data.val_files="$DATA/validation.parquet" \
  data.image_key=images \
  data.train_batch_size=128 \
  data.max_prompt_length=4096 \
  data.max_response_length=8192 \
  data.filter_overlong_prompts=True \
  data.truncation=error \
  actor_rollout_ref.model.path="$MODEL" \
  actor_rollout_ref.model.enable_gradient_checkpointing=True \
  actor_rollout_ref.actor.optim.lr=1e-6 \
  actor_rollout_ref.actor.ppo_mini_batch_size=128 \
  actor_rollout_ref.actor.ppo_micro_batch_size_per_gpu=2 \
  actor_rollout_ref.actor.use_kl_loss=True \
  actor_rollout_ref.actor.kl_loss_coef=0.001 \
  actor_rollout_ref.actor.kl_loss_type=low_var_kl \
  actor_rollout_ref.actor.grad_clip=0.5 \
  actor_rollout_ref.rollout.name=vllm \
  actor_rollout_ref.rollout.n=8 \
  actor_rollout_ref.rollout.temperature=1.0 \
  actor_rollout_ref.rollout.top_p=0.85 \
  actor_rollout_ref.rollout.tensor_model_parallel_size="${TP:-2}" \
  actor_rollout_ref.rollout.gpu_memory_utilization=0.5 \
  actor_rollout_ref.rollout.log_prob_micro_batch_size_per_gpu=4 \
  actor_rollout_ref.ref.log_prob_micro_batch_size_per_gpu=4 \
  reward_model.reward_manager=batch \
  custom_reward_function.path="$REWARD" \
  custom_reward_function.name=compute_score_batch \
  trainer.n_gpus_per_node="${NPROC_PER_NODE:-8}" \
  trainer.nnodes="${NNODES:-1}" \
  trainer.total_epochs=1 \
  trainer.save_freq=100 \
  trainer.test_freq=50 \
  trainer.logger='["console"]' \
  trainer.project_name=codepercept \
  trainer.experiment_name=r1-verl
