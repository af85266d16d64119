"""The people extractor on real sentences of the genre: names, titles, forms of address, and what is no person.

Each row of a table is one sentence and the people expected in it, in order of first mention, as
(name, titles, honorific). Sentences come from the dev corpus or are written after real public
Party and state news of the genre (the same officials, the same phrasing). The negative rows are
places, organizations, streets, schools and capitalised words that look like names.
"""
from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest

import tuyengiao
from tuyengiao import people
from tuyengiao.layout import read_layout
from tuyengiao.pipeline import Context
from tuyengiao.text import SourceText

from conftest import DEV_CORPUS, dev_texts


def context_of(text: str) -> Context:
    source = SourceText.prepare(text)
    return Context(source, read_layout(source))


def people_in(text: str):
    """The people extractor alone (no organizations found before it)."""
    return people.extract(context_of(text))


def described(found) -> list[tuple[str, list[str], str | None]]:
    return [(p.name, list(p.titles), p.honorific) for p in found]


# ---------------------------------------------------------------- titles after the name
AFTER = [
    (
        "Từ ngày 14 đến ngày 16/6, Ủy ban Kiểm tra Trung ương họp kỳ thứ tư. Ông Trần Cẩm Tú, Ủy viên Bộ Chính trị, "
        "Bí thư Trung ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương chủ trì kỳ họp.",
        [("Trần Cẩm Tú", ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Chủ nhiệm Ủy ban Kiểm tra Trung ương"], "ông")],
    ),
    (
        "Về phía tỉnh có đồng chí Phùng Thanh Kiểm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; "
        "Nguyễn Thế Tuy, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh…Trong chương trình, "
        "hội nghị đã nghe các báo cáo.",
        [
            ("Phùng Thanh Kiểm", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], "đồng chí"),
            ("Nguyễn Thế Tuy", ["Phó Bí thư Thường trực Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"], None),
        ],
    ),
    (
        "Đồng chí Lê Thị Thanh Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh phát biểu tại hội nghị.",
        [("Lê Thị Thanh Hà", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"], "đồng chí")],
    ),
    (  # an old-style tone mark, a dash before the chain, and the next person closing it
        "Dự và chỉ đạo Đại hội có ông Thái Thanh Quý – Uỷ viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An, bà Bùi Thị "
        "Thơm – Phó Chủ tịch Ban Chấp hành Trung ương Hội NDVN.",
        [
            ("Thái Thanh Quý", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Nghệ An"], "ông"),
            ("Bùi Thị Thơm", ["Phó Chủ tịch Ban Chấp hành Trung ương Hội NDVN"], "bà"),
        ],
    ),
    (
        "Đồng chí Triệu Văn Chiến, Phó trưởng đoàn kiểm tra, công bố quyết định kiểm tra, giám sát đối với Ban "
        "Thường vụ Tỉnh ủy Lào Cai",
        [("Triệu Văn Chiến", ["Phó trưởng đoàn kiểm tra"], "đồng chí")],
    ),
    (  # a list opened by "các đồng chí:", items closed by ";"
        "Tham gia cùng Đoàn công tác có các đồng chí: Lê Ngọc Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân "
        "tỉnh; Nguyễn Thế Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh; Trần Lạc, Phó Chủ "
        "tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; lãnh đạo Ban Dân vận Tỉnh ủy.",
        [
            ("Lê Ngọc Tuấn", ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"], "đồng chí"),
            ("Nguyễn Thế Hải", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"], "đồng chí"),
            ("Trần Lạc", ["Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], "đồng chí"),
        ],
    ),
    (
        "Đồng chí Nguyễn Minh Trứ, UVTV Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì Hội nghị.",
        [("Nguyễn Minh Trứ", ["UVTV Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"], "đồng chí")],
    ),
    (  # "kiêm" splits titles; a comma inside a ministry's name does not
        "Đồng chí Phạm Thị Thanh Trà, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Nội vụ kiêm Trưởng Ban Thi đua - Khen "
        "thưởng Trung ương phát biểu. Bà Âu Thị Mai, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Đại biểu Quốc hội "
        "tỉnh Tuyên Quang đã tiếp xúc cử tri.",
        [
            ("Phạm Thị Thanh Trà", ["Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Nội vụ",
                                    "Trưởng Ban Thi đua - Khen thưởng Trung ương"], "đồng chí"),
            ("Âu Thị Mai", ["Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Đại biểu Quốc hội tỉnh Tuyên Quang"], "bà"),
        ],
    ),
    (  # a title that runs on in lower case up to its comma when another title follows
        "Bà Lò Thị Việt Hà, Ủy viên Thường trực Ủy ban Xã hội của Quốc hội, Đại biểu Quốc hội tỉnh Tuyên Quang "
        "phát biểu.",
        [("Lò Thị Việt Hà", ["Ủy viên Thường trực Ủy ban Xã hội của Quốc hội", "Đại biểu Quốc hội tỉnh Tuyên Quang"], "bà")],
    ),
    (  # a hyphen glued to the name
        "Đó là phát biểu chỉ đạo của đồng chí Nguyễn Thành Tâm-Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ, Chủ tịch "
        "HĐND tỉnh tại Hội nghị.",
        [("Nguyễn Thành Tâm", ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], "đồng chí")],
    ),
    (  # an Ê Đê name: four syllables after "Y", one of them itself a family name
        "Đồng chí Y Thanh Hà Niê Kđăm, Phó Chủ tịch Quốc hội dự lễ.",
        [("Y Thanh Hà Niê Kđăm", ["Phó Chủ tịch Quốc hội"], "đồng chí")],
    ),
    (
        "Chủ trì hội nghị có các đồng chí: Võ Văn Thưởng, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban "
        "Tuyên giáo Trung ương; Võ Văn Phuông, Uỷ viên Trung ương Đảng, Phó trưởng Ban Thường trực Ban Tuyên giáo "
        "Trung ương.",
        [
            ("Võ Văn Thưởng", ["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tuyên giáo Trung ương"], "đồng chí"),
            ("Võ Văn Phuông", ["Ủy viên Trung ương Đảng", "Phó trưởng Ban Thường trực Ban Tuyên giáo Trung ương"], "đồng chí"),
        ],
    ),
    (  # Hồ Chí Minh inside an institution's name is part of the title, not a person
        "Dự hội nghị có đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Giám đốc Học viện Chính trị quốc gia Hồ "
        "Chí Minh, Chủ tịch Hội đồng Lý luận Trung ương.",
        [("Nguyễn Xuân Thắng", ["Ủy viên Bộ Chính trị", "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh",
                                "Chủ tịch Hội đồng Lý luận Trung ương"], "đồng chí")],
    ),
    (
        "Ông Nguyễn Văn Tư - Chủ tịch UBND xã Tân Lập cho biết, năm nay xã đạt chuẩn nông thôn mới.",
        [("Nguyễn Văn Tư", ["Chủ tịch UBND xã Tân Lập"], "ông")],
    ),
    (
        "Đại hội đã bầu đồng chí Trần Văn Bảy giữ chức Bí thư Tỉnh ủy Cao Bằng nhiệm kỳ 2020-2025.",
        [("Trần Văn Bảy", ["Bí thư Tỉnh ủy Cao Bằng"], "đồng chí")],
    ),
    (  # a dash between two positions splits them
        "Tham dự có đồng chí Hầu A Lềnh, Ủy viên Trung ương Đảng, Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam.",
        [("Hầu A Lềnh", ["Ủy viên Trung ương Đảng", "Phó Chủ tịch", "Tổng Thư ký UBTƯ MTTQ Việt Nam"], "đồng chí")],
    ),
    (  # an organization written in Title Case inside a title is no name ("Đào Tạo")
        "Hội nghị được đồng chí Tiến sĩ Thái Văn Tài - Vụ trưởng Vụ Giáo dục và Đào Tạo thông tin chuyên đề; đồng "
        "chí TS Lê Đình Tĩnh - Vụ trưởng Vụ Chính sách đối ngoại thông tin chuyên đề.",
        [("Thái Văn Tài", ["Vụ trưởng Vụ Giáo dục và Đào Tạo"], "đồng chí"),
         ("Lê Đình Tĩnh", ["Vụ trưởng Vụ Chính sách"], "đồng chí")],
    ),
    (  # an organization that goes on in lower case up to the end of the list item; a numbered unit
        "Tổ đại biểu gồm: thiếu tướng Nguyễn Sỹ Quang, Cục trưởng Cục An ninh đối ngoại Bộ Công an; Thiếu tướng "
        "Nguyễn Văn Thành, Phó Tư lệnh Quân khu 4 dự.",
        [("Nguyễn Sỹ Quang", ["Cục trưởng Cục An ninh đối ngoại Bộ Công an"], None),
         ("Nguyễn Văn Thành", ["Phó Tư lệnh Quân khu 4"], None)],
    ),
    (  # "anh", "chị" and an abbreviated "đ/c" are forms of address too
        "Anh Lò Văn Sáng, Bí thư Chi đoàn bản Nà Sản chia sẻ kinh nghiệm. Chị Hà Thị Lan, hội viên Hội Phụ nữ xã, "
        "phấn khởi nói. Đ/c Nguyễn Văn Hiếu, Phó Bí thư Huyện ủy phát biểu.",
        [("Lò Văn Sáng", ["Bí thư Chi đoàn bản Nà Sản"], "anh"), ("Hà Thị Lan", [], "chị"),
         ("Nguyễn Văn Hiếu", ["Phó Bí thư Huyện ủy"], "đ/c")],
    ),
    (  # a pen name without a family name, vouched for by "Nhà báo"; "nguyên" (former) kept in the title
        "Nhà báo Hữu Thọ, nguyên Trưởng Ban Tư tưởng - Văn hóa Trung ương, từng viết.",
        [("Hữu Thọ", ["nguyên Trưởng Ban Tư tưởng - Văn hóa Trung ương"], None)],
    ),
    (  # a name with no title: "nhà lãnh đạo" is no position
        "Tri ân những công lao, cống hiến to lớn của đồng chí Võ Văn Kiệt - nhà lãnh đạo xuất sắc của Đảng, Nhà nước.",
        [("Võ Văn Kiệt", [], "đồng chí")],
    ),
    (  # an aside in brackets between the name and its title (thanhtra.com.vn)
        "UBND tỉnh điều động ông Vương Trinh Quốc (sinh năm 1976), Chánh Văn phòng UBND tỉnh giữ chức Giám đốc Sở TT&TT.",
        [("Vương Trinh Quốc", ["Chánh Văn phòng UBND tỉnh"], "ông")],
    ),
    (  # comma asides: year of birth and ethnic group before the titles (baomoi.com, Hà Giang)
        "Đồng chí Triệu Tài Vinh, sinh năm 1968, dân tộc Dao, Ủy viên dự khuyết BCH TƯ Đảng, Phó Bí thư Tỉnh ủy "
        "Hà Giang khóa XIV được bầu làm Bí thư Tỉnh ủy.",
        [("Triệu Tài Vinh", ["Ủy viên dự khuyết BCH TƯ Đảng", "Phó Bí thư Tỉnh ủy Hà Giang khóa XIV"], "đồng chí")],
    ),
    (  # a unit head: "Đồn trưởng", its border post half in lower case (dantri.com.vn)
        "Ngày 17/12, Thượng tá Phạm Thành Trung, Đồn trưởng Đồn Biên phòng cửa khẩu Mỹ Quý Tây (tỉnh Tây Ninh), cho biết.",
        [("Phạm Thành Trung", ["Đồn trưởng Đồn Biên phòng cửa khẩu Mỹ Quý Tây"], None)],
    ),
    (  # staff posts: "Trợ lý" (vietnam.vnanet.vn) and "Chánh Thư ký" after "kiêm" (tuoitrephuyen.vn)
        "Thượng tướng Tô Ân Xô, Trợ lý Tổng Bí thư dự lễ. Đại đức Thích Chúc Phát -Phó Trưởng ban kiêm Chánh Thư ký "
        "Ban Trị sự GHPGVN tỉnh chúc Tết.",
        [
            ("Tô Ân Xô", ["Trợ lý Tổng Bí thư"], None),
            ("Thích Chúc Phát", ["Phó Trưởng ban", "Chánh Thư ký Ban Trị sự GHPGVN tỉnh"], None),
        ],
    ),
]


# ---------------------------------------------------------------- titles before the name
BEFORE = [
    (
        "Ghi nhận các ý kiến của cử tri, Phó Thủ tướng Phạm Bình Minh cho biết, Chính phủ đã dự kiến trình sửa "
        "đổi Luật Đất đai. Trong buổi tiếp xúc với Phó Thủ tướng Chính phủ Phạm Bình Minh, cử tri cũng đề nghị.",
        [("Phạm Bình Minh", ["Phó Thủ tướng Chính phủ"], None)],  # "Phó Thủ tướng" gives way to the longer title
    ),
    (
        "Thay mặt Đoàn ĐB Quốc hội TP, Phó Hiệu trưởng Trường Đại học Kinh tế Quốc dân Hoàng Văn Cường đã tiếp "
        "thu, trả lời kiến nghị của cử tri.",
        [("Hoàng Văn Cường", ["Phó Hiệu trưởng Trường Đại học Kinh tế Quốc dân"], None)],
    ),
    (  # "tỉnh" right before the name ends the title; it does not make the name a place
        "Kết luận buổi giám sát, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh Ma Thị Thúy đề nghị Sở Giáo dục và "
        "Đào tạo tiếp tục tham mưu.",
        [("Ma Thị Thúy", ["Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh"], None)],
    ),
    (
        "Các nội dung trên Chủ tịch UBND huyện Nguyễn Thanh Nguyên giải trình cụ thể. Chủ tịch HĐND huyện Lê "
        "Văn Nam đề nghị UBND huyện tập trung cao hơn nữa.",
        [("Nguyễn Thanh Nguyên", ["Chủ tịch UBND huyện"], None), ("Lê Văn Nam", ["Chủ tịch HĐND huyện"], None)],
    ),
    (  # a chain before the name, joined by commas
        "Đoàn kiểm tra, giám sát số 30 do Bí thư Trung ương Đảng, Phó Thủ tướng Phạm Thị Thanh Trà làm trưởng đoàn.",
        [("Phạm Thị Thanh Trà", ["Bí thư Trung ương Đảng", "Phó Thủ tướng"], None)],
    ),
    (
        "Tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)",
        [("Hồ Chí Minh", ["Chủ tịch"], None)],
    ),
    (
        "Tổng Bí thư Tô Lâm chủ trì hội nghị. Chủ tịch nước Lương Cường dự lễ kỷ niệm. Chủ tịch Quốc hội Trần "
        "Thanh Mẫn tiếp xúc cử tri.",
        [("Tô Lâm", ["Tổng Bí thư"], None), ("Lương Cường", ["Chủ tịch nước"], None),
         ("Trần Thanh Mẫn", ["Chủ tịch Quốc hội"], None)],
    ),
    (
        "Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn và Giám đốc Sở Y tế Trần Thị Hoa kiểm tra công tác phòng dịch.",
        [("Nguyễn Văn Sơn", ["Phó Chủ tịch UBND tỉnh"], None), ("Trần Thị Hoa", ["Giám đốc Sở Y tế"], None)],
    ),
    (  # a form of address, a rank or a degree between the title and the name
        "Bí thư Tỉnh ủy, đồng chí Đỗ Trọng Hưng phát biểu kết luận. Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn "
        "Giang chủ trì. Phó Giám đốc Học viện, PGS.TS Nguyễn Viết Thảo trình bày tham luận.",
        [("Đỗ Trọng Hưng", ["Bí thư Tỉnh ủy"], "đồng chí"), ("Phan Văn Giang", ["Bộ trưởng Bộ Quốc phòng"], None),
         ("Nguyễn Viết Thảo", ["Phó Giám đốc Học viện"], None)],
    ),
    (  # a place inside the title, right before the name
        "Bí thư Đảng ủy xã Đinh Xá Nguyễn Văn Bình phát biểu.",
        [("Nguyễn Văn Bình", ["Bí thư Đảng ủy xã Đinh Xá"], None)],
    ),
    (  # "nguyên" (former) is part of the title; a title leading into the next name is not the last one's
        "Cố Thủ tướng Võ Văn Kiệt, nguyên Chủ tịch nước Trương Tấn Sang.",
        [("Võ Văn Kiệt", ["Thủ tướng"], None), ("Trương Tấn Sang", ["nguyên Chủ tịch nước"], None)],
    ),
    (  # one title for a list of names after a colon
        "Tham dự có các Phó Chủ tịch UBTƯ MTTQ Việt Nam: Trương Thị Ngọc Ánh, Ngô Sách Thực và Nguyễn Hữu Dũng.",
        [("Trương Thị Ngọc Ánh", ["Phó Chủ tịch UBTƯ MTTQ Việt Nam"], None),
         ("Ngô Sách Thực", ["Phó Chủ tịch UBTƯ MTTQ Việt Nam"], None),
         ("Nguyễn Hữu Dũng", ["Phó Chủ tịch UBTƯ MTTQ Việt Nam"], None)],
    ),
    (  # "Anh" is a form of address and a very common given name (baothainguyen.org.vn)
        "Sáng 24-6, đồng chí Hoàng Anh Trung, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy đã chủ trì Hội nghị "
        "báo cáo viên tháng 6.",
        [("Hoàng Anh Trung", ["Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy"], "đồng chí")],
    ),
    (
        "Đồng chí Trần Tuấn Anh, Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương phát biểu.",
        [("Trần Tuấn Anh", ["Ủy viên Bộ Chính trị", "Trưởng Ban Kinh tế Trung ương"], "đồng chí")],
    ),
    (  # an institution word closing the name is a given name: "Hội" (baolangson.vn)
        "Đồng chí Phùng Quang Hội, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.",
        [("Phùng Quang Hội", ["Ủy viên Ban Thường vụ", "Trưởng Ban Tuyên giáo Tỉnh ủy"], "đồng chí")],
    ),
    (  # a capitalised table without commas: the place after a long name is not part of it
        "Phó Thủ tướng Trần Hồng Hà Nghệ An Hà Tĩnh Phó Thủ tướng Hồ Đức Phớc Gia Lai Đắk Lắk",
        [("Trần Hồng Hà", ["Phó Thủ tướng"], None), ("Hồ Đức Phớc", ["Phó Thủ tướng"], None)],
    ),
    (  # acting on someone's behalf: the principal's title is not the colonel's (cand.com.vn)
        "Tại buổi lễ, thừa ủy quyền của Bộ trưởng Bộ Công an, Đại tá Nguyễn Hữu Cầu, Giám đốc Công an tỉnh đã trao "
        "Kỷ niệm chương.",
        [("Nguyễn Hữu Cầu", ["Giám đốc Công an tỉnh"], None)],
    ),
    (  # the same with a chain of titles before the name
        "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch nước Võ Thị Ánh Xuân trao Huân chương Lao động hạng Nhất.",
        [("Võ Thị Ánh Xuân", ["Phó Chủ tịch nước"], None)],
    ),
    (  # a dash between a title and the name it leads into (baolongan.vn)
        "Sáng ngày 28/3, Chủ tịch UBND tỉnh Long An - Trần Văn Cần trao Quyết định bổ nhiệm ông Lê Quốc Dũng - "
        "Phó Giám đốc Sở Khoa học và Công nghệ giữ chức vụ Giám đốc Sở.",
        [
            ("Trần Văn Cần", ["Chủ tịch UBND tỉnh Long An"], None),
            ("Lê Quốc Dũng", ["Phó Giám đốc Sở Khoa học và Công nghệ"], "ông"),
        ],
    ),
    (  # "Tỉnh Đoàn" with a capital "Đoàn" is the Youth Union, not a person named Đoàn (baomoi: Trà Vinh)
        "Đến dự, có anh Trần Trí Cường, Ủy viên Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh, Bí thư Tỉnh Đoàn "
        "Trà Vinh, Trưởng Ban Tổ chức Hội thi; đồng chí Nguyễn Trọng Nghĩa, Phó Chủ tịch Hội Văn học Nghệ thuật "
        "tỉnh Trà Vinh; lãnh đạo các Huyện, Thị, Thành Đoàn.",
        [
            ("Trần Trí Cường", ["Ủy viên Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "Bí thư Tỉnh Đoàn Trà Vinh",
                                "Trưởng Ban Tổ chức Hội"], "anh"),
            ("Nguyễn Trọng Nghĩa", ["Phó Chủ tịch Hội Văn học Nghệ thuật tỉnh Trà Vinh"], "đồng chí"),
        ],
    ),
    (  # "PCT", the short form of "Phó Chủ tịch", leads into the name (qrt.vn: Quảng Nam)
        "Tại điểm cầu Quảng Nam, PCT UBND tỉnh Hồ Quang Bửu cùng lãnh đạo công an tỉnh dự hội nghị.",
        [("Hồ Quang Bửu", ["PCT UBND tỉnh"], None)],
    ),
    (  # a lower-case syllable after a capitalised tail word of the table: "Trường học" (tuoitre.bacgiang.gov.vn)
        "Tham dự có đồng chí Nguyễn Hoàng Sơn, Ủy viên Ban Chấp hành, Phó Trưởng Ban Thanh niên Trường học Trung "
        "ương Đoàn; đồng chí Mai Sơn.",
        [("Nguyễn Hoàng Sơn", ["Ủy viên Ban Chấp hành", "Phó Trưởng Ban Thanh niên Trường học Trung ương Đoàn"],
          "đồng chí")],
    ),
    (  # dotted short forms inside a title: "T.Ư" (giaoducthoidai.vn), "TP.Long Xuyên" (baomoi: An Giang)
        "Đối với ông Lê Thanh Quang, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Khánh Hòa có vi phạm. Theo đó, ông Đỗ Tấn Kiết "
        "- Phó Bí thư Thành ủy Long Xuyên, Chủ tịch UBND TP.Long Xuyên, Đại biểu HĐND tỉnh An Giang khóa IX - đã "
        "được bầu.",
        [
            ("Lê Thanh Quang", ["Ủy viên T.Ư Đảng", "Bí thư Tỉnh ủy Khánh Hòa"], "ông"),
            ("Đỗ Tấn Kiết", ["Phó Bí thư Thành ủy Long Xuyên", "Chủ tịch UBND TP.Long Xuyên",
                             "Đại biểu HĐND tỉnh An Giang khóa IX"], "ông"),
        ],
    ),
    (  # "TP." and a space before the city's name: the title goes on to the place (nguonluc.com.vn: Đà Nẵng)
        "Tham dự buổi lễ có ông Nguyễn Duy Minh - Thành uỷ viên, Phó Trưởng đoàn đại biểu Quốc hội TP. Đà Nẵng; "
        "bà Nguyễn Thị Anh Thảo – UVBCH Trung ương Đoàn, Chủ tịch Hội đồng đội TP. Đà Nẵng.",
        [
            ("Nguyễn Duy Minh", ["Thành ủy viên", "Phó Trưởng đoàn đại biểu Quốc hội TP. Đà Nẵng"], "ông"),
            ("Nguyễn Thị Anh Thảo", ["UVBCH Trung ương Đoàn", "Chủ tịch Hội đồng đội TP. Đà Nẵng"], "bà"),
        ],
    ),
    (  # a Dao family name of Hà Giang: "Sèn" (dbnd.hagiang.gov.vn)
        "Dự tại điểm cầu tỉnh ta có các đồng chí Ủy viên BTV Tỉnh ủy: Sèn Chỉn Ly, Trưởng ban Tuyên giáo Tỉnh ủy; "
        "Hầu Văn Lý, Giám đốc Công an tỉnh.",
        [("Sèn Chỉn Ly", ["Trưởng ban Tuyên giáo Tỉnh ủy"], None), ("Hầu Văn Lý", ["Giám đốc Công an tỉnh"], None)],
    ),
]


# ---------------------------------------------------------------- names without titles
BARE = [
    (
        "Phát biểu tại buổi làm việc, đồng chí Lâm Thị Phương Thanh ghi nhận, đánh giá cao những kết quả Ban Tuyên "
        "giáo Tỉnh ủy Lạng Sơn đạt được trong năm 2017.",
        [("Lâm Thị Phương Thanh", [], "đồng chí")],
    ),
    (
        "Chuyên đề năm 2019 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh cho 7.345 lượt học viên.",
        [("Hồ Chí Minh", [], None)],
    ),
    (
        "Tại buổi tiếp xúc, cử tri Nguyễn Đạt Hải (phường Hạ Đình) kiến nghị Quốc hội tăng cường công tác giám sát.",
        [("Nguyễn Đạt Hải", [], None)],
    ),
    ("Số hiệu 3616/BC-BNV\nNgười ký Nguyễn Trọng Thừa\nLĩnh vực Thương mại", [("Nguyễn Trọng Thừa", [], None)]),
    (  # a photo credit, with and without the agency before the slash
        "Đồng chí Phạm Thị Thanh Trà phát biểu tại hội nghị. Ảnh: Thanh Sơn\nThủ tướng chủ trì họp. (Ảnh: Dương "
        "Giang/TTXVN)\nQuang cảnh buổi làm việc. Ảnh: VGP/Nhật Bắc",
        [("Phạm Thị Thanh Trà", [], "đồng chí"), ("Thanh Sơn", [], None), ("Dương Giang", [], None),
         ("Nhật Bắc", [], None)],
    ),
    (  # a name with no known family name, vouched for by a form of address
        "Theo ông Bá Trí, phong trào thanh niên tình nguyện đã lan tỏa.",
        [("Bá Trí", [], "ông")],
    ),
    (  # a short line of names is no headline; an initial ends a name; "A" inside a Hmong name goes on
        "Nguyễn Văn A và Trần Thị B được khen thưởng.\nÔng Giàng A Páo, Chủ tịch UBND xã phát biểu.",
        [("Nguyễn Văn A", [], None), ("Trần Thị B", [], None), ("Giàng A Páo", ["Chủ tịch UBND xã"], "ông")],
    ),
    (  # a signature block: the position over the name, as written
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn Hòa",
        [("Nguyễn Văn Hòa", ["PHÓ CHỦ TỊCH"], None)],
    ),
    (  # legal-document sites put "(Đã ký)" between the position and the name (luatminhkhue.vn)
        "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành quyết định này./.\n\nCHỦ TỊCH\n\n"
        "(Đã ký)\n\nNguyễn Hoàng Sơn",
        [("Nguyễn Hoàng Sơn", ["CHỦ TỊCH"], None)],
    ),
    (  # a degree in capitals before the name vouches for it (ajc.edu.vn)
        "Hội nghị Tổng kết hoạt động khoa học năm 2017 do PGS,TS Lê Quốc Lý chủ trì.",
        [("Lê Quốc Lý", [], None)],
    ),
    (  # the later syllables of a place are no name: "Ma Cai", "Lỗ Thượng" (88tysobongda.com, huengaynay.vn)
        "Người dân xã Mản Thẩn, huyện Si Ma Cai nói về Chủ tịch UBND xã Mản Thẩn Giàng Seo Châu. Đoàn đã thăm "
        "Trương Thị Nghĩ (thôn Sư Lỗ Thượng), xã Phú Hồ.",
        [("Giàng Seo Châu", ["Chủ tịch UBND xã Mản Thẩn"], None), ("Trương Thị Nghĩ", [], None)],
    ),
]


@pytest.mark.parametrize("text, expected", AFTER + BEFORE + BARE)
def test_people_and_their_titles(text, expected):
    assert described(people_in(text)) == expected


# A notice copied by a legal site, hard-wrapped every 80 or so characters (thuvienphapluat.vn:
# Thông báo 114/TB-VPCP): the line breaks fall inside names and titles.
HARD_WRAPPED = (
    "Sáng ngày 09 tháng 4\nnăm 2022, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính đã chủ trì phiên\n"
    "họp lần thứ 14 của Ban chỉ đạo Quốc gia trực tuyến với các địa phương về công tác phòng, chống dịch.\n"
    "Tham dự cuộc họp có Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Đỗ Văn Chiến, Trưởng Ban\n"
    "Dân vận Trung ương Bùi Thị Minh Hoài; Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn, Bộ trưởng Bộ Tư pháp Lê Thành\n"
    "Long, Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng, Bộ trưởng Bộ Y tế\n"
    "Nguyễn Thanh Long, Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn, Phó\n"
    "Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng Lâm Thị Phương Thanh.\n"
)


def test_a_hard_wrapped_line_break_is_a_space_inside_names_and_titles():
    found = {name: titles for name, titles, _ in described(people_in(HARD_WRAPPED))}
    assert found["Lê Thành Long"] == ["Bộ trưởng Bộ Tư pháp"]
    assert found["Bùi Thị Minh Hoài"] == ["Trưởng Ban Dân vận Trung ương"]
    assert found["Đỗ Văn Chiến"] == ["Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    assert found["Nguyễn Mạnh Hùng"] == ["Bộ trưởng Bộ Thông tin và Truyền thông"]
    assert found["Nguyễn Thanh Long"] == ["Bộ trưởng Bộ Y tế"]
    assert found["Lâm Thị Phương Thanh"] == ["Phó Chánh Văn phòng Thường trực Văn phòng Trung ương Đảng"]


def test_a_site_table_row_after_a_hard_wrapped_line_keeps_its_line_break():
    # thuvienphapluat.vn: the document's facts, one field a row, above a hard-wrapped text
    text = "Nơi ban hành: Tỉnh An Giang Người ký: Lâm Quang Thi\nNgày ban hành: 26/01/2018\n" + HARD_WRAPPED
    assert "Lâm Quang Thi" in {p.name for p in people_in(text)}


# ---------------------------------------------------------------- schools named after someone
SCHOOLS = [
    # baobinhduong.vn: the school's name ends the title after the name, and is no person
    (
        "Trong đó có 3 điển hình xuất sắc gồm: anh Lê Minh Quân, Bí thư Chi đoàn Trường THCS Mỹ Phước (TX.Bến Cát); "
        "anh Lê Quốc Anh, Bí thư Đoàn trường THPT Huỳnh Văn Nghệ (TP.Tân Uyên).",
        [("Lê Minh Quân", ["Bí thư Chi đoàn Trường THCS Mỹ Phước"]), ("Lê Quốc Anh", ["Bí thư Đoàn trường THPT Huỳnh Văn Nghệ"])],
    ),
    # baoangiang.com.vn: a title before a school's name does not make it a person
    (
        "Bà Châu Quỳnh Dao, Hiệu trưởng Trường THPT Ngô Sĩ Liên phát biểu tại hội nghị tiếp xúc cử tri.",
        [("Châu Quỳnh Dao", ["Hiệu trưởng Trường THPT Ngô Sĩ Liên"])],
    ),
    # tienphong.vn: a kindergarten
    (
        "Một số hình ảnh Đoàn thanh niên Trường mầm non Hoa Anh Đào tham gia các đội hình trong Lễ phát động chiến dịch.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCHOOLS)
def test_a_school_named_after_someone_is_no_person_even_behind_a_title(text, expected):
    assert [(p.name, list(p.titles)) for p in people_in(text)] == expected


# ---------------------------------------------------------------- no person here
NOT_PEOPLE = [
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Hà Giang tổ chức hội trại tại Thành phố Hồ Chí Minh.",
    "Học viện Chính trị quốc gia Hồ Chí Minh khai giảng lớp cao cấp lý luận chính trị tại TP. Hồ Chí Minh.",
    "Thông qua nội dung chuẩn bị Đại hội đại biểu Đoàn TNCS Hồ Chí Minh toàn tỉnh nhiệm kỳ 2012-2017",
    "Hội nghị được tổ chức trực tuyến từ điểm cầu chính đặt tại Ban Tuyên giáo Trung ương (phố Nguyễn Cảnh Chân, "
    "thành phố Hà Nội).",
    "Học sinh Trường THPT Lê Quý Đôn tham gia mít tinh tại đường Trần Phú, phường Nguyễn Du.",
    "Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007",
    "Bà Rịa - Vũng Tàu đạt kết quả cao. Lâm Đồng, Cao Bằng, Thái Bình và Hà Nội cũng vậy.",
    "Đại biểu các tỉnh: Hưng Yên, Hà Nam, Nam Định, Thái Bình, Ninh Bình, Thanh Hóa, Hà Tĩnh, Quảng Bình.",
    "Quần đảo Hoàng Sa, Trường Sa là một phần lãnh thổ không thể tách rời của Việt Nam.",
    "Phát biểu bế mạc, đồng chí Bí thư Tỉnh ủy đã đánh giá tinh thần làm việc khẩn trương của hội nghị.",
    "Đồng chí cũng đề nghị Ban Tuyên giáo Tỉnh ủy đẩy mạnh công tác phối hợp.",
    "Đào Tạo Nghề Cho Lao Động Nông Thôn Tỉnh Lạng Sơn",
    "Quang cảnh hội nghị. (Ảnh: TTXVN)\nLãnh đạo tỉnh tặng hoa chúc mừng. Ảnh: Báo Lạng Sơn",
    "Chủ tịch UBND huyện Trần Văn Thời tiếp công dân định kỳ.",
    "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Cục Thống kê ước kết quả thực hiện các chỉ tiêu.",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 119/QĐ-UBND",
    "Tham dự hội nghị có các Ủy viên Ban Thường vụ Thành ủy; các đồng chí thành ủy viên.",
    "Hội thi “Mai Vàng” được tổ chức; Công ty Cổ phần Đào Tiến tài trợ giải thưởng.",
    "Ngô T H Ủ i p h. Đồng chí N V đề nghị.",
    "Bệnh viện Bạch Mai, Quận Hoàng Mai, thị xã Sơn Tây, xã Đồng Tâm, Đồng bằng sông Cửu Long.",
    "Đại diện Hội Liên hiệp Phụ nữ Việt Nam và Hội Nông dân tỉnh phát biểu.",
    # prizes and scholarships named after someone (baobinhduong.vn, tienphong.vn)
    "Trung ương Đoàn trao Giải thưởng Lý Tự Trọng năm 2024 cho 100 cán bộ Đoàn trên cả nước.",
    "Đồn Biên phòng Bình Thạnh trao tặng 25 suất học bổng Nguyễn Sinh Sắc cho các em học sinh nghèo.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_no_person(text):
    assert described(people_in(text)) == []


# ---------------------------------------------------------------- one person, several mentions
def test_a_person_named_again_is_one_entry_with_every_mention():
    text = (
        "Thông báo kết luận của Phó Thủ tướng Ngô Xuân Lộc tại hội nghị\n"
        "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG NGÔ XUÂN LỘC TẠI HỘI NGHỊ TRIỂN KHAI NGHỊ QUYẾT\n"
        "Tại Hà Nội, Phó Thủ tướng Ngô Xuân Lộc và Phó Thủ tướng Nguyễn Công Tạn đã chủ trì Hội nghị."
    )
    found = people_in(text)
    assert [p.name for p in found] == ["Ngô Xuân Lộc", "Nguyễn Công Tạn"]
    assert [m.text for m in found[0].mentions] == ["Ngô Xuân Lộc", "NGÔ XUÂN LỘC", "Ngô Xuân Lộc"]
    assert found[0].titles == ("Phó Thủ tướng",)
    assert (found[0].text, found[0].start, found[0].end) == ("Ngô Xuân Lộc", text.index("Ngô"), text.index("Ngô") + 12)


def test_a_given_name_after_a_form_of_address_is_a_mention_only_when_unambiguous():
    text = "Ông Hoàng Văn Cường đánh giá cao. Ông Cường cũng đề nghị các cấp quan tâm."
    (person,) = people_in(text)
    assert [m.text for m in person.mentions] == ["Hoàng Văn Cường", "Cường"]
    two = "Ông Hoàng Văn Cường và ông Nguyễn Mạnh Cường phát biểu. Ông Cường cũng đề nghị."
    assert all(len(p.mentions) == 1 for p in people_in(two))


def test_titles_written_twice_count_once():
    text = (
        "Ngày 12-4, đồng chí Nguyễn Minh Trứ, UVTV Tỉnh ủy, Trưởng Ban Ban Tuyên giáo Tỉnh ủy chủ trì Hội nghị.\n"
        "Đồng chí Nguyễn Minh Trứ, UVTV Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì Hội nghị."
    )
    (person,) = people_in(text)
    assert person.titles == ("UVTV Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy")
    assert len(person.mentions) == 2


# ---------------------------------------------------------------- bylines
def test_bylines_are_people_but_initials_are_not():
    article = "Ủy ban Kiểm tra Trung ương họp kỳ thứ tư.\n\nỦy ban Kiểm tra Trung ương đã xem xét.\n\nHương Giang"
    assert described(people_in(article)) == [("Hương Giang", [], None)]
    initials = "Ban Tuyên giáo Tỉnh ủy vừa ban hành Công văn số 1510-CV/BTGTU.\n\nCác cơ quan tập trung tuyên truyền.\n\nT.H(bt)"
    assert described(people_in(initials)) == []
    role = "Tổ đại biểu HĐND tỉnh đã tiếp xúc cử tri.\n\nCác ý kiến đã được tổng hợp./.\n\nCTV Diệp Hoàng"
    assert described(people_in(role)) == [("Diệp Hoàng", ["CTV"], None)]
    capitals = "Thường trực HĐND huyện tổ chức phiên giải trình.\n\nCác đại biểu đã tập trung vào các vấn đề.\n\nKIỂU BẢO"
    assert described(people_in(capitals)) == [("KIỂU BẢO", [], None)]
    # a byline whose later syllables open with a family name is one person, not two (bienphong.com.vn)
    inner = "Bộ Chỉ huy BĐBP tỉnh Kiên Giang tổ chức tiếp nhận quà tặng.\n\nĐây là nguồn động viên của hậu phương.\n\nLạc Âu Thành"
    assert described(people_in(inner)) == [("Lạc Âu Thành", [], None)]


# ---------------------------------------------------------------- "Đồng chí cũng đề nghị …"
def test_mentioned_before_resolves_a_bare_dong_chi(seed_text):
    doc = tuyengiao.parse(seed_text)
    offset = seed_text.index("Đồng chí cũng đề nghị")
    assert people.mentioned_before(doc.people, offset).name == "Lâm Thị Phương Thanh"
    assert people.mentioned_before(doc.people, 0) is None


def test_mentioned_before_takes_the_last_name_before_the_offset():
    text = "Ông Trần Văn Bảy phát biểu. Bà Lê Thị Hoa phát biểu. Đồng chí cũng đề nghị. Ông Trần Văn Bảy kết luận."
    found = people_in(text)
    assert people.mentioned_before(found, text.index("Đồng chí cũng")).name == "Lê Thị Hoa"
    assert people.mentioned_before(found, len(text)).name == "Trần Văn Bảy"


# ---------------------------------------------------------------- offsets
def test_offsets_point_into_the_callers_text():
    text = unicodedata.normalize(
        "NFD", "Dự có ông\u00a0Thái Thanh Quý – Uỷ viên Trung ương Đảng,\r\nBí thư Tỉnh uỷ Nghệ An.\r\nẢnh: Thanh Sơn"
    )
    found = tuyengiao.parse(text).people
    assert [p.name for p in found] == ["Thái Thanh Quý", "Thanh Sơn"]
    assert found[0].titles == ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Nghệ An")
    for person in found:
        assert text[person.start : person.end] == person.text
        for mention in person.mentions:
            assert text[mention.start : mention.end] == mention.text
            assert unicodedata.normalize("NFC", mention.text) == person.name


# ---------------------------------------------------------------- the dev corpus
def _load_scorer():
    import importlib.util

    path = DEV_CORPUS.parent.parent / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("the shared scorer is not beside the project")
    spec = importlib.util.spec_from_file_location("tuyengiao_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_corpus_people_and_titles_meet_the_bar():
    scorer = _load_scorer()
    docs = [json.loads(p.read_text("utf-8")) for p in sorted(Path(DEV_CORPUS).glob("*.json"))]
    names, titles = scorer.Tally(), scorer.Tally()
    for doc in docs:
        found = [{"name": p.name, "titles": list(p.titles)} for p in people_in(doc["text"])]
        gold, pred = scorer.keyed(doc["gold"]["people"], "people"), scorer.keyed(found, "people")
        hits = gold.keys() & pred.keys()
        names.add(len(gold), len(pred), len(hits))
        for key in hits:
            gt, pt = gold[key].get("titles") or [], pred[key].get("titles") or []
            titles.add(len(gt), len(pt), scorer.match_items(gt, pt, 0.8))
    assert names.prf()[2] >= 0.95
    assert titles.prf()[2] >= 0.80


# ---------------------------------------------------------------- speed
def test_extraction_is_fast_and_linear():
    texts = [text for _, text in dev_texts()]
    contexts = [context_of(text) for text in texts]
    size = sum(len(t.encode("utf-8")) for t in texts)
    people.extract(contexts[0])  # word lists loaded once
    started = time.process_time()
    for context in contexts:
        people.extract(context)
    seconds = time.process_time() - started
    assert size / max(seconds, 1e-9) > 0.5e6  # MB/s, with room for slow CI machines (measured ≈ 3.5 MB/s)
    # Long pathological texts stay linear: one endless capitalised run, an endless title chain.
    for noisy in ("Nguyễn Văn An " * 20000, "đồng chí Nguyễn Văn A, " + "Bí thư Tỉnh ủy, " * 20000 + "."):
        started = time.process_time()
        found = people_in(noisy)
        assert time.process_time() - started < 10
        assert len(found) == 1
