"""Microneedling Window: when can a patient have microneedling after toxin or filler injections?"""

__version__ = "0.1.0"
