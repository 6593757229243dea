"""Triangle ABC with its incircle, the incentre I, angle bisectors and the three touch points."""
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Circle, Polygon

A = np.array([0.0, 0.0])
B = np.array([8.0, 0.0])
C = np.array([2.6, 5.4])

# side lengths opposite each vertex, incentre and inradius
a = np.linalg.norm(B - C)
b = np.linalg.norm(C - A)
c = np.linalg.norm(A - B)
I = (a * A + b * B + c * C) / (a + b + c)
s = (a + b + c) / 2
area = 0.5 * abs((B[0] - A[0]) * (C[1] - A[1]) - (C[0] - A[0]) * (B[1] - A[1]))
r = area / s


def foot(P, Q, X):
    """Foot of the perpendicular from X to line PQ."""
    d = Q - P
    return P + np.dot(X - P, d) / np.dot(d, d) * d


fig, ax = plt.subplots(figsize=(8, 6))
ax.add_patch(Polygon([A, B, C], closed=True, facecolor="#eef3fb", edgecolor="#1f3b73", linewidth=2.2))
ax.add_patch(Circle(I, r, fill=False, edgecolor="#c0392b", linewidth=2))

# angle bisectors from each vertex to the incentre
for V in (A, B, C):
    ax.plot([V[0], I[0]], [V[1], I[1]], color="#7f8c8d", linestyle="--", linewidth=1)

# touch points with right-angle marks
for P, Q, name in [(A, B, "D"), (B, C, "E"), (C, A, "F")]:
    T = foot(P, Q, I)
    ax.plot([I[0], T[0]], [I[1], T[1]], color="#c0392b", linewidth=1)
    ax.plot(*T, "o", color="#c0392b", markersize=5)
    u = (Q - P) / np.linalg.norm(Q - P)
    n = (I - T) / np.linalg.norm(I - T)
    m = 0.22
    ax.plot(*np.array([T + m * u, T + m * u + m * n, T + m * n]).T, color="#c0392b", linewidth=0.9)
    out = T - 0.38 * n
    ax.text(out[0], out[1], name, fontsize=13, ha="center", va="center", color="#c0392b")

ax.plot(*I, "o", color="black", markersize=5)
ax.text(I[0] + 0.15, I[1] + 0.2, "I", fontsize=14)
ax.text(I[0] + 0.1, I[1] - r / 2, f"$r = {r:.2f}$", fontsize=12, color="#c0392b")

for name, P, off in [("A", A, (-0.35, -0.3)), ("B", B, (0.15, -0.3)), ("C", C, (-0.1, 0.2))]:
    ax.text(P[0] + off[0], P[1] + off[1], name, fontsize=16, fontweight="bold")

ax.set_title(r"Incircle of $\triangle ABC$:  $r = \frac{S}{s}$", fontsize=15)
ax.set_xlim(-0.8, 8.8)
ax.set_ylim(-0.9, 6.2)
ax.set_aspect("equal")
ax.axis("off")
plt.savefig("triangle_incircle.png", dpi=150, bbox_inches="tight")
