#!/usr/bin/python3
"""Runs Orca, the GNOME screen reader, with its speech written to a file.

Orca composes every utterance as it would for a listener; only the last step
changes: instead of handing the text to speech-dispatcher (which needs an
audio device and hangs without one), a recording speech server appends each
utterance to the file named by AT_SPEECH_LOG, one line each, flushed at once.
Each line carries the language Orca chose for it, from the page's `lang`:

    [nl] Onze waarden collapsed push button heading level 2.

Usage: AT_SPEECH_LOG=speech.txt /usr/bin/python3 run-orca.py [orca's arguments]
"""
import os
import runpy
import sys
import types

from orca import settings, speech_generator, speechserver

log = open(os.environ["AT_SPEECH_LOG"], "a", buffering=1, encoding="utf-8")
LANGUAGE = "x-at-language"


class SpeechServer(speechserver.SpeechServer):
    """The one speech server: it records instead of speaking."""

    @staticmethod
    def getFactoryName():
        return "Recorder"

    @staticmethod
    def getSpeechServers():
        return [SERVER]

    @staticmethod
    def getSpeechServer(info=None):
        return SERVER

    @staticmethod
    def shutdownActiveServers():
        pass

    def getInfo(self):
        return ["Recorder", "recorder"]

    def getVoiceFamilies(self):
        return []

    def speak(self, text=None, acss=None, interrupt=True):
        if text and text.strip():
            language = (acss or {}).get(LANGUAGE) or "-"
            log.write(f"[{language}] {' '.join(text.split())}\n")

    def speakCharacter(self, character, acss=None):
        self.speak(character, acss)

    def speakKeyEvent(self, event, acss=None):
        pass

    def sayAll(self, utteranceIterator, progressCallback):
        for context, acss in utteranceIterator:
            self.speak(context.utterance, acss)

    def stop(self):
        pass

    def shutdown(self):
        pass

    def reset(self, text=None, acss=None):
        pass


SERVER = SpeechServer()
sys.modules["at_recorder"] = types.SimpleNamespace(SpeechServer=SpeechServer)
settings.speechServerFactory = "at_recorder"
settings.speechFactoryModules = ["at_recorder"]
# Keys are pressed by the test; their names would only repeat the journey.
settings.enableKeyEcho = False

# Orca 43 works out each utterance's language from the text's `language`
# attribute and asks for a voice in it; tag the voice so the line says which.
_voice = speech_generator.SpeechGenerator.voice


def voice(self, key=None, **args):
    voices = _voice(self, key, **args)
    if args.get("language"):
        for acss in voices:
            acss[LANGUAGE] = args["language"]
    return voices


speech_generator.SpeechGenerator.voice = voice

sys.argv = ["/usr/bin/orca", *sys.argv[1:]]
runpy.run_path("/usr/bin/orca", run_name="__main__")
