"""Starts `claimcheck serve --port 0` for a test and stops it again (used by api_check.py)."""
import re
import subprocess

SERVING = re.compile(r"claimcheck: serving on (http://[0-9.]+:[0-9]+)")


class Server:
    """`with Server(binary, *options) as url:` runs the server on a free port for the block."""

    def __init__(self, binary, *options):
        self.command = [binary, "serve", "--port", "0", *options]
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = SERVING.search(line)
        if not match:
            self.process.kill()
            raise AssertionError(f"serve did not start: {line!r} {self.process.stderr.read()[-2000:]}")
        return match.group(1)

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=10)
        return False
