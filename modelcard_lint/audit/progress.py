"""The progress of an audit on a terminal: cards done, cards per second and the time left; nothing elsewhere."""

from __future__ import annotations

from typing import Any


class Progress:
    def __init__(self, total: int, enabled: bool) -> None:
        self.bar: Any = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn
        from rich.text import Text

        class Rate(ProgressColumn):
            def render(self, task: Any) -> Text:
                speed = task.finished_speed or task.speed
                if speed is None and task.elapsed:
                    speed = task.completed / task.elapsed
                return Text("" if not speed else f"{speed:,.0f} cards/s", style="progress.data.speed")

        class Left(ProgressColumn):
            def render(self, task: Any) -> Text:
                if task.finished:
                    return Text(f"done in {_clock(task.finished_time or task.elapsed or 0)}", style="progress.elapsed")
                left = task.time_remaining
                return Text("" if left is None else f"{_clock(left)} left", style="progress.remaining")

        self.bar = Progress(
            "auditing", BarColumn(), MofNCompleteColumn(), Rate(), Left(),
            console=Console(stderr=True), speed_estimate_period=20,
        )
        self.task = self.bar.add_task("audit", total=total or None)
        self.bar.start()

    def advance(self, n: int) -> None:
        if self.bar is not None:
            self.bar.advance(self.task, n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
