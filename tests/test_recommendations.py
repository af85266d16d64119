"""Recommendations: who proposes what to whom, item by item (SPEC.md §1 Recommendation).

The table holds real passages of the genres the parser reads — party news, provincial reports,
voter-contact news, National Assembly news, formal reports with a "KIẾN NGHỊ" section — with the
verb, by, to and items a reader would write down. Items are compared after white-space folding.
"""
from __future__ import annotations

import time
import unicodedata

import pytest

import tuyengiao
from tuyengiao import recommendations
from tuyengiao.layout import read_layout
from tuyengiao.models import Organization, Person, Span
from tuyengiao.pipeline import Context
from tuyengiao.text import SourceText

from conftest import dev_texts

HEADLINE = "Tin hoạt động\n\n"  # a headline line: verbs in a headline are a summary, not an act


def recs(text: str):
    return tuyengiao.parse(text).recommendations


def context_for(text: str, people=(), organizations=()) -> Context:
    """A Context with hand-filled earlier results, to test this extractor on its own."""
    source = SourceText.prepare(text)
    context = Context(source, read_layout(source))
    context.found["people"] = tuple(people)
    context.found["organizations"] = tuple(organizations)
    return context


def person(text: str, name: str, *, titles=()) -> Person:
    mentions = []
    start = text.find(name)
    while start >= 0:
        mentions.append(Span(name, start, start + len(name)))
        start = text.find(name, start + 1)
    first = mentions[0]
    return Person(first.text, first.start, first.end, name, tuple(mentions), tuple(titles))


def as_rows(found):
    return [(r.verb, r.by, r.to, list(r.items)) for r in found]


# ---------------------------------------------------------------- the table
SEED_PARAGRAPHS = (
    "Lạng Sơn: Tiếp tục đổi mới nội dung, phương thức công tác tuyên giáo\n\n"
    "Tại buổi làm việc, Ban Tuyên giáo Tỉnh ủy đã kiến nghị với Thường trực Tỉnh ủy một số nội dung: "
    "Tiếp tục quan tâm lãnh đạo, chỉ đạo thường trực các huyện ủy, thành ủy bố trí đội ngũ cán bộ tuyên giáo "
    "đáp ứng yêu cầu nhiệm vụ; chỉ đạo việc tạo điều kiện để đội ngũ cán bộ làm công tác tuyên giáo kịp thời "
    "được tiếp cận và nắm bắt tình hình; bố trí cán bộ làm công tác tuyên giáo tham gia các lớp bồi dưỡng, "
    "tập huấn của Trung ương, của tỉnh để nâng cao năng lực, trình độ chuyên môn, đáp ứng yêu cầu công tác...\n\n"
    "Phát biểu tại buổi làm việc, đồng chí Lâm Thị Phương Thanh ghi nhận, đánh giá cao những kết quả Ban "
    "Tuyên giáo Tỉnh ủy Lạng Sơn đạt được trong năm 2017 và quý I năm 2018. Đồng thời đề nghị, trong thời "
    "gian tới Ban Tuyên giáo Tỉnh ủy tăng cường nắm bắt dư luận xã hội, những vấn đề mới; hướng dẫn đầy đủ "
    "việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
    "phong cách Hồ Chí Minh, các chuyên đề hằng năm.\n\n"
    "Đồng chí cũng đề nghị Ban Tuyên giáo Tỉnh ủy đẩy mạnh công tác phối hợp với các cấp, các ngành trong "
    "nắm bắt các thông tin hoạch định; tăng cường quản lý, định hướng hoạt động của mạng xã hội...\n"
)

TABLE = [
    pytest.param(
        SEED_PARAGRAPHS,
        [
            ("kiến nghị", "Ban Tuyên giáo Tỉnh ủy", "Thường trực Tỉnh ủy", [
                "Tiếp tục quan tâm lãnh đạo, chỉ đạo thường trực các huyện ủy, thành ủy bố trí đội ngũ cán bộ "
                "tuyên giáo đáp ứng yêu cầu nhiệm vụ",
                "chỉ đạo việc tạo điều kiện để đội ngũ cán bộ làm công tác tuyên giáo kịp thời được tiếp cận và "
                "nắm bắt tình hình",
                "bố trí cán bộ làm công tác tuyên giáo tham gia các lớp bồi dưỡng, tập huấn của Trung ương, của "
                "tỉnh để nâng cao năng lực, trình độ chuyên môn, đáp ứng yêu cầu công tác",
            ]),
            ("đề nghị", "Lâm Thị Phương Thanh", "Ban Tuyên giáo Tỉnh ủy", [
                "tăng cường nắm bắt dư luận xã hội, những vấn đề mới",
                "hướng dẫn đầy đủ việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm "
                "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, các chuyên đề hằng năm",
            ]),
            ("đề nghị", "Lâm Thị Phương Thanh", "Ban Tuyên giáo Tỉnh ủy", [
                "đẩy mạnh công tác phối hợp với các cấp, các ngành trong nắm bắt các thông tin hoạch định",
                "tăng cường quản lý, định hướng hoạt động của mạng xã hội",
            ]),
        ],
        id="party-news-seed-three-forms",
    ),
    pytest.param(
        HEADLINE + "Uỷ ban Kiểm tra Trung ương yêu cầu Ban Thường vụ Tỉnh ủy Vĩnh Phúc thu hồi, hủy bỏ các nghị "
        "quyết, quyết định không đúng quy định về công tác cán bộ, đồng thời kiểm điểm, xử lý trách nhiệm đối "
        "với các tổ chức, cá nhân có liên quan.",
        [("yêu cầu", "Ủy ban Kiểm tra Trung ương", "Ban Thường vụ Tỉnh ủy Vĩnh Phúc", [
            "thu hồi, hủy bỏ các nghị quyết, quyết định không đúng quy định về công tác cán bộ, đồng thời kiểm "
            "điểm, xử lý trách nhiệm đối với các tổ chức, cá nhân có liên quan",
        ])],
        id="party-news-yeu-cau-commas-stay-inside-the-item",
    ),
    pytest.param(
        HEADLINE + "Tại buổi tiếp xúc, cử tri Nguyễn Đạt Hải (phường Hạ Đình) kiến nghị Quốc hội tăng cường "
        "công tác giám sát với hoạt động của Chính phủ và các bộ, ngành. Trong đó, mỗi vị đại biểu nên chọn một "
        "địa điểm để tiếp xúc cử tri.\nBên cạnh đó, cử tri phường Hạ Đình đề nghị các cấp có giải pháp hữu hiệu "
        "nâng cao hiệu quả hoạt động của HĐND cấp phường; xử lý nghiêm việc bổ nhiệm cán bộ chưa đúng quy trình. "
        "Đồng thời, cử tri còn kiến nghị có giải pháp quyết liệt đẩy mạnh đổi mới giáo dục đại học. Ngoài ra, "
        "cần tăng cường quản lý thông tin trên mạng xã hội...\n",
        [
            ("kiến nghị", "Nguyễn Đạt Hải", "Quốc hội", [
                "tăng cường công tác giám sát với hoạt động của Chính phủ và các bộ, ngành",
                "Trong đó, mỗi vị đại biểu nên chọn một địa điểm để tiếp xúc cử tri",
            ]),
            ("đề nghị", "cử tri phường Hạ Đình", "các cấp", [
                "có giải pháp hữu hiệu nâng cao hiệu quả hoạt động của HĐND cấp phường",
                "xử lý nghiêm việc bổ nhiệm cán bộ chưa đúng quy trình",
            ]),
            ("kiến nghị", "cử tri phường Hạ Đình", None, [
                "có giải pháp quyết liệt đẩy mạnh đổi mới giáo dục đại học",
                "cần tăng cường quản lý thông tin trên mạng xã hội",
            ]),
        ],
        id="voter-contact-continuations-and-bare-cu-tri",
    ),
    pytest.param(
        HEADLINE + "Tại các buổi tiếp xúc, cử tri trên địa bàn huyện Sa Thầy đề nghị đại biểu HĐND tỉnh, huyện có "
        "ý kiến về việc giảm giá điện, giá xăng; đường liên thôn xuống cấp, gây khó khăn cho việc đi lại; đề nghị "
        "chính quyền địa phương quan tâm đầu tư cải tạo các tuyến kênh mương…\n",
        [
            ("đề nghị", "cử tri trên địa bàn huyện Sa Thầy", "đại biểu HĐND tỉnh, huyện", [
                "có ý kiến về việc giảm giá điện, giá xăng",
                "đường liên thôn xuống cấp, gây khó khăn cho việc đi lại",
            ]),
            ("đề nghị", "cử tri trên địa bàn huyện Sa Thầy", "chính quyền địa phương", [
                "quan tâm đầu tư cải tạo các tuyến kênh mương",
            ]),
        ],
        id="voter-contact-second-act-inside-the-list",
    ),
    pytest.param(
        HEADLINE + "Kết luận buổi giám sát, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh Ma Thị Thúy đề nghị, Sở "
        "Giáo dục và Đào tạo tiếp tục tham mưu với UBND tỉnh rà soát, sắp xếp trường, lớp học hợp lý; đầu tư xây "
        "dựng cơ sở vật chất. Đồng thời, tăng cường bồi dưỡng, tập huấn cho giáo viên.",
        [("đề nghị", "Ma Thị Thúy", "Sở Giáo dục và Đào tạo", [
            "tiếp tục tham mưu với UBND tỉnh rà soát, sắp xếp trường, lớp học hợp lý",
            "đầu tư xây dựng cơ sở vật chất",
            "tăng cường bồi dưỡng, tập huấn cho giáo viên",
        ])],
        id="national-assembly-supervision-title-then-name",
    ),
    pytest.param(
        HEADLINE + "Nhiều đại biểu HĐND đã yêu cầu Chủ tịch UBND huyện giải trình về những vấn đề tồn đọng như: "
        "Tình trạng sử dụng các phương tiện đánh bắt thủy sản; công tác quản lý barie; thu gom rác thải, hầm đất… "
        "Trong đó, các đại biểu đã tập trung vào các vấn đề còn bất cập.\n\n"
        "Chủ tịch HĐND huyện Lê Văn Nam đề nghị UBND huyện, các cơ quan, phòng, ban trực thuộc UBND huyện và các "
        "cơ quan có liên quan trong thời gian tới cần tập trung cao hơn nữa để thực hiện các nhiệm vụ.\n",
        [
            ("yêu cầu", "Nhiều đại biểu HĐND", "Chủ tịch UBND huyện", [
                "Tình trạng sử dụng các phương tiện đánh bắt thủy sản",
                "công tác quản lý barie",
                "thu gom rác thải, hầm đất",
            ]),
            ("đề nghị", "Lê Văn Nam",
             "UBND huyện, các cơ quan, phòng, ban trực thuộc UBND huyện và các cơ quan có liên quan", [
                "trong thời gian tới cần tập trung cao hơn nữa để thực hiện các nhiệm vụ",
            ]),
        ],
        id="council-lead-in-nhu-and-narrative-trong-do",
    ),
    pytest.param(
        HEADLINE + "UBND tỉnh cũng yêu cầu Thủ trưởng các sở, ban ngành thực hiện rà soát các đề xuất, kiến nghị "
        "của UBND tỉnh đối với Đoàn Đại biểu Quốc hội; trong đó, những kiến nghị nào đã được giải quyết. Đồng thời "
        "tiếp tục tập hợp những khó khăn, vướng mắc về cơ chế, chính sách; đề xuất những cơ chế, chính sách mới "
        "để kiến nghị Trung ương.",
        [("yêu cầu", "UBND tỉnh", "Thủ trưởng các sở, ban ngành", [
            "thực hiện rà soát các đề xuất, kiến nghị của UBND tỉnh đối với Đoàn Đại biểu Quốc hội",
            "trong đó, những kiến nghị nào đã được giải quyết",
            "tiếp tục tập hợp những khó khăn, vướng mắc về cơ chế, chính sách",
            "đề xuất những cơ chế, chính sách mới để kiến nghị Trung ương",
        ])],
        id="provincial-news-nouns-inside-items-are-not-acts",
    ),
    pytest.param(
        HEADLINE + "Trong buổi tiếp xúc, cử tri cũng đề nghị sửa đổi Luật Tài nguyên môi trường vì đang có tình "
        "trạng thất thoát tài nguyên…\nCử tri TP Vũng Tàu cũng đề nghị Quốc hội cần đẩy mạnh giám sát các dự án, "
        "công trình trọng điểm. Trong đó đặc biệt các dự án đường cao tốc, không để xảy ra tình trạng đường mới "
        "làm đã hư hỏng…",
        [
            ("đề nghị", "cử tri", None, [
                "sửa đổi Luật Tài nguyên môi trường vì đang có tình trạng thất thoát tài nguyên",
            ]),
            ("đề nghị", "Cử tri TP Vũng Tàu", "Quốc hội", [
                "cần đẩy mạnh giám sát các dự án, công trình trọng điểm",
                "Trong đó đặc biệt các dự án đường cao tốc, không để xảy ra tình trạng đường mới làm đã hư hỏng",
            ]),
        ],
        id="voter-contact-place-name-is-not-a-person",
    ),
    pytest.param(
        HEADLINE + "Đại biểu Nguyễn Thị Lan (Đoàn ĐBQH tỉnh Bình Định) đề nghị Ban soạn thảo cân nhắc kỹ quy định "
        "về thời hạn sở hữu nhà chung cư, bảo đảm quyền lợi hợp pháp của người dân.",
        [("đề nghị", "Nguyễn Thị Lan", "Ban soạn thảo", [
            "cân nhắc kỹ quy định về thời hạn sở hữu nhà chung cư, bảo đảm quyền lợi hợp pháp của người dân",
        ])],
        id="national-assembly-delegate",
    ),
    pytest.param(
        HEADLINE + "Quốc hội yêu cầu Chính phủ, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao tập trung "
        "chỉ đạo, khắc phục những hạn chế, yếu kém đã được chỉ ra.",
        [("yêu cầu", "Quốc hội", "Chính phủ, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao", [
            "tập trung chỉ đạo, khắc phục những hạn chế, yếu kém đã được chỉ ra",
        ])],
        id="national-assembly-resolution-several-addressees",
    ),
    pytest.param(
        HEADLINE + "Phát biểu chỉ đạo hội nghị, đồng chí Trần Văn Minh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên "
        "giáo Tỉnh ủy đề nghị ban tuyên giáo các cấp tiếp tục tham mưu cấp ủy lãnh đạo công tác tư tưởng; nắm "
        "chắc tình hình dư luận xã hội.",
        [("đề nghị", "Trần Văn Minh", "ban tuyên giáo các cấp", [
            "tiếp tục tham mưu cấp ủy lãnh đạo công tác tư tưởng",
            "nắm chắc tình hình dư luận xã hội",
        ])],
        id="party-news-name-before-a-title-chain",
    ),
    pytest.param(
        HEADLINE + "Đoàn giám sát đề nghị UBND tỉnh chỉ đạo các sở, ngành liên quan: (1) Rà soát, đánh giá thực "
        "trạng đội ngũ giáo viên; (2) Bố trí đủ kinh phí cho công tác đào tạo.",
        [("đề nghị", "Đoàn giám sát", "UBND tỉnh", [
            "Rà soát, đánh giá thực trạng đội ngũ giáo viên",
            "Bố trí đủ kinh phí cho công tác đào tạo",
        ])],
        id="supervision-numbered-items-after-a-lead-in",
    ),
    pytest.param(
        HEADLINE + "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng:\n"
        "1. Tổ chức quán triệt sâu rộng nội dung Chỉ thị đến cán bộ, đảng viên;\n"
        "2. Xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương.\n"
        "Chỉ thị này được phổ biến đến chi bộ.",
        [("yêu cầu", "Ban Thường vụ Tỉnh ủy", "các cấp ủy, tổ chức đảng", [
            "Tổ chức quán triệt sâu rộng nội dung Chỉ thị đến cán bộ, đảng viên",
            "Xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương",
        ])],
        id="directive-list-after-a-colon",
    ),
    pytest.param(
        HEADLINE + "Cử tri xã Tân Hòa kiến nghị: Đề nghị cấp có thẩm quyền sớm đầu tư nâng cấp tuyến đường liên "
        "xã đã xuống cấp nghiêm trọng; xem xét hỗ trợ giống cây trồng cho người dân bị thiệt hại do thiên tai.",
        [("kiến nghị", "Cử tri xã Tân Hòa", "cấp có thẩm quyền", [
            "sớm đầu tư nâng cấp tuyến đường liên xã đã xuống cấp nghiêm trọng",
            "xem xét hỗ trợ giống cây trồng cho người dân bị thiệt hại do thiên tai",
        ])],
        id="voter-contact-colon-then-de-nghi",
    ),
    pytest.param(
        HEADLINE + "HĐND tỉnh yêu cầu, việc tiếp xúc cử tri được thực hiện theo đúng quy định của pháp luật, đảm "
        "bảo tính dân chủ, bình đẳng và công khai. Tiến độ thực hiện theo đúng kế hoạch đề ra.",
        [("yêu cầu", "HĐND tỉnh", None, [
            "việc tiếp xúc cử tri được thực hiện theo đúng quy định của pháp luật, đảm bảo tính dân chủ, bình "
            "đẳng và công khai",
        ])],
        id="council-yeu-cau-comma-then-the-content",
    ),
    pytest.param(
        HEADLINE + "Kết luận buổi làm việc, Bộ trưởng Bộ Y tế Đào Hồng Lan đề nghị Sở Y tế tỉnh tập trung một số "
        "nhiệm vụ trọng tâm. Thứ nhất, tăng cường công tác phòng, chống dịch bệnh. Thứ hai, Sở cần rà soát, bổ "
        "sung nhân lực cho y tế cơ sở.\nĐề nghị các đồng chí đến dự đúng giờ.",
        [("đề nghị", "Đào Hồng Lan", "Sở Y tế tỉnh", [
            "tập trung một số nhiệm vụ trọng tâm",
            "tăng cường công tác phòng, chống dịch bệnh",
            "Sở cần rà soát, bổ sung nhân lực cho y tế cơ sở",
        ])],
        id="ministry-ordinals-carry-the-passage-on",
    ),
    pytest.param(
        HEADLINE + "Phát biểu tại buổi làm việc, đồng chí Lâm Thị Phương Thanh ghi nhận, đánh giá cao những kết quả "
        "Ban Tuyên giáo Tỉnh ủy Lạng Sơn đạt được trong năm 2017 và đề nghị Ban Tuyên giáo Tỉnh ủy tăng cường nắm "
        "bắt dư luận xã hội.",
        [("đề nghị", "Lâm Thị Phương Thanh", "Ban Tuyên giáo Tỉnh ủy", ["tăng cường nắm bắt dư luận xã hội"])],
        id="party-news-second-predicate-of-the-speaker",
    ),
    pytest.param(
        HEADLINE + "UBND tỉnh kiến nghị Chính phủ như sau:\nThứ nhất, sớm ban hành cơ chế đặc thù cho vùng biên "
        "giới.\nThứ hai, bổ sung vốn cho chương trình nông thôn mới.\nCác sở đã chuẩn bị báo cáo.\n",
        [("kiến nghị", "UBND tỉnh", "Chính phủ", [
            "sớm ban hành cơ chế đặc thù cho vùng biên giới",
            "bổ sung vốn cho chương trình nông thôn mới",
        ])],
        id="provincial-list-of-ordinal-paragraphs",
    ),
    pytest.param(
        HEADLINE + "Ban Thường vụ Tỉnh ủy đề nghị Đảng ủy Khối Các cơ quan tỉnh lãnh đạo các chi bộ trực thuộc thực "
        "hiện nghiêm Chỉ thị. Cử tri đề nghị lãnh đạo các sở quan tâm giải quyết dứt điểm.",
        [
            ("đề nghị", "Ban Thường vụ Tỉnh ủy", "Đảng ủy Khối Các cơ quan tỉnh", [
                "lãnh đạo các chi bộ trực thuộc thực hiện nghiêm Chỉ thị",
            ]),
            ("đề nghị", "Cử tri", "lãnh đạo các sở", ["quan tâm giải quyết dứt điểm"]),
        ],
        id="party-lanh-dao-is-a-verb-after-a-name-a-noun-before-one",
    ),
    pytest.param(
        HEADLINE + "Sở Tài chính đề xuất UBND tỉnh phân bổ 20 tỷ đồng để sửa chữa các công trình thủy lợi.",
        [("đề xuất", "Sở Tài chính", "UBND tỉnh", ["phân bổ 20 tỷ đồng để sửa chữa các công trình thủy lợi"])],
        id="provincial-de-xuat-with-addressee",
    ),
]


@pytest.mark.parametrize("text, expected", TABLE)
def test_real_passages(text, expected):
    assert as_rows(recs(text)) == expected


# ---------------------------------------------------------------- formal sections
REPORT = (
    "TỈNH ỦY LẠNG SƠN\nBAN TUYÊN GIÁO\n*\nSố 125-BC/BTGTU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Lạng Sơn, ngày 20 tháng 4 năm 2018\n\nBÁO CÁO\nkết quả 5 năm thực hiện Chỉ thị số 05-CT/TW\n\n"
    "I. KẾT QUẢ THỰC HIỆN\nCông tác tuyên truyền được đẩy mạnh, đáp ứng yêu cầu nhiệm vụ.\n\n"
    "III. KIẾN NGHỊ, ĐỀ XUẤT\n"
    "1. Đối với Trung ương\n"
    "- Đề nghị Ban Tuyên giáo Trung ương sớm ban hành hướng dẫn về nội dung chuyên đề hằng năm;\n"
    "- Quan tâm hỗ trợ kinh phí cho các tỉnh miền núi, biên giới.\n"
    "2. Đối với tỉnh:\n"
    "+ Tiếp tục chỉ đạo các cấp ủy đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ thường kỳ;\n"
    "+ Bố trí kinh phí để tổ chức tuyên dương các điển hình tiên tiến.\n\n"
    "Nơi nhận:\n- Ban Tuyên giáo Trung ương;\n- Lưu VT.\n"
)


def test_formal_section_gives_one_recommendation_per_addressee_block():
    found = recs(REPORT)
    assert [(r.verb, r.to) for r in found] == [("kiến nghị", "Trung ương"), ("kiến nghị", "tỉnh")]
    assert list(found[0].items) == [
        "sớm ban hành hướng dẫn về nội dung chuyên đề hằng năm",
        "Quan tâm hỗ trợ kinh phí cho các tỉnh miền núi, biên giới",
    ]
    assert list(found[1].items) == [
        "Tiếp tục chỉ đạo các cấp ủy đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ thường kỳ",
        "Bố trí kinh phí để tổ chức tuyên dương các điển hình tiên tiến",
    ]
    # the issuer in the header proposes; nothing after "Nơi nhận" is an item
    assert all(r.by and "BAN TUYÊN GIÁO" in r.by.upper() for r in found)
    assert not any("Lưu VT" in item for r in found for item in r.items)


def test_formal_section_is_read_even_when_no_lower_case_verb_appears_in_the_text():
    text = (
        "BÁO CÁO\nKết quả công tác tuyên giáo năm 2023\n"
        "I. KẾT QUẢ\nĐã tổ chức 120 hội nghị.\n"
        "III. KIẾN NGHỊ, ĐỀ XUẤT\n"
        "1. Đối với Trung ương:\n"
        "- Tiếp tục quan tâm bồi dưỡng, tập huấn cho đội ngũ báo cáo viên;\n"
        "- Sớm ban hành hướng dẫn về chế độ đối với cộng tác viên dư luận xã hội.\n"
        "2. Đối với tỉnh:\n"
        "- Quan tâm bố trí kinh phí cho hoạt động tuyên truyền miệng.\n"
        "IV. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024\nTiếp tục thực hiện tốt các nhiệm vụ.\n"
    )
    found = recs(text)
    assert [(r.to, len(r.items)) for r in found] == [("Trung ương", 2), ("tỉnh", 1)]
    assert found[1].items == ("Quan tâm bố trí kinh phí cho hoạt động tuyên truyền miệng",)


def test_formal_section_with_a_speaker_line_and_lettered_items():
    text = (
        "BÁO CÁO\nTình hình thực hiện Nghị quyết\n\n"
        "IV. ĐỀ XUẤT, KIẾN NGHỊ\n"
        "Để thực hiện tốt nhiệm vụ thời gian tới, Sở Nội vụ kiến nghị với Bộ Nội vụ như sau:\n"
        "a) Sớm hướng dẫn việc sắp xếp đơn vị hành chính cấp xã;\n"
        "b) Bổ sung biên chế cho các xã có quy mô dân số lớn.\n"
        "V. TỔ CHỨC THỰC HIỆN\nCác phòng, ban thực hiện báo cáo này.\n"
    )
    found = recs(text)
    assert as_rows(found) == [("kiến nghị", "Sở Nội vụ", "Bộ Nội vụ", [
        "Sớm hướng dẫn việc sắp xếp đơn vị hành chính cấp xã",
        "Bổ sung biên chế cho các xã có quy mô dân số lớn",
    ])]


def test_section_lines_with_their_own_act_are_read_as_sentences():
    text = (
        "HUYỆN ỦY MƯỜNG NHÉ\n*\nSố 45-BC/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBÁO CÁO\ntổng kết năm 2023\n\n"
        "III. ĐỀ XUẤT, KIẾN NGHỊ\n"
        "Để nâng cao hiệu quả công tác xây dựng Đảng, Ban Thường vụ Huyện ủy kiến nghị Ban Thường vụ Tỉnh ủy "
        "quan tâm bố trí kinh phí đào tạo cán bộ cơ sở; chỉ đạo các sở, ngành hỗ trợ huyện xây dựng trụ sở.\n"
        "Kiến nghị UBND tỉnh sớm phê duyệt đề án sắp xếp đơn vị hành chính cấp xã.\n\nNơi nhận:\n- Tỉnh ủy;\n"
    )
    assert as_rows(recs(text)) == [
        ("kiến nghị", "HUYỆN ỦY MƯỜNG NHÉ", "UBND tỉnh", ["sớm phê duyệt đề án sắp xếp đơn vị hành chính cấp xã"]),
        ("kiến nghị", "Ban Thường vụ Huyện ủy", "Ban Thường vụ Tỉnh ủy", [
            "quan tâm bố trí kinh phí đào tạo cán bộ cơ sở",
            "chỉ đạo các sở, ngành hỗ trợ huyện xây dựng trụ sở",
        ]),
    ]


def test_list_after_a_verb_and_colon():
    text = HEADLINE + (
        "UBND tỉnh đề nghị:\n- Bộ Giao thông vận tải sớm đầu tư nâng cấp Quốc lộ 14C;\n"
        "- Bộ Tài chính bổ sung kinh phí hỗ trợ khắc phục hậu quả thiên tai.\n\nTin liên quan"
    )
    assert as_rows(recs(text)) == [("đề nghị", "UBND tỉnh", None, [
        "Bộ Giao thông vận tải sớm đầu tư nâng cấp Quốc lộ 14C",
        "Bộ Tài chính bổ sung kinh phí hỗ trợ khắc phục hậu quả thiên tai",
    ])]


# ---------------------------------------------------------------- not recommendations
@pytest.mark.parametrize(
    "text",
    [
        "Theo đề nghị của Sở Kế hoạch và Đầu tư tại Tờ trình số 126/SKHĐT ngày 23/01/2007,\nQUYẾT ĐỊNH:",
        "Xét đề nghị Giám đốc Sở Thông tin và Truyền thông,\nQUYẾT ĐỊNH:",
        "Xét đề nghị của Sở Tài chính tại Tờ trình số 2006/TTr-STC ngày 20/6/2017,",
        "Hệ thống trường nội trú cơ bản đáp ứng yêu cầu học tập của học sinh vùng dân tộc.",
        "Bố trí đội ngũ cán bộ tuyên giáo đáp ứng yêu cầu nhiệm vụ trong tình hình mới.",
        "Năm 2012 có nhiều thuận lợi và thách thức, yêu cầu, nhiệm vụ đặt ra rất cấp bách.",
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích, yêu cầu\n2. Yêu cầu\n2. Yêu cầu: Bảo đảm thiết thực, hiệu quả.",
        "Báo cáo tổng hợp ý kiến, kiến nghị và kết quả giải quyết ý kiến, kiến nghị của cử tri tại kỳ họp.",
        "Một số kiến nghị của cử tri đã được các cơ quan chức năng trả lời tại buổi tiếp xúc.",
        "Đại biểu đã tiếp thu, trả lời kiến nghị của cử tri. Trong đó, về đề xuất mỗi ĐB chọn một địa điểm.",
        "Công đoàn đã phát hiện, đề xuất nhiều kiến nghị, góp ý xây dựng pháp luật.",
        "Công tác tổng hợp, tham mưu, đề xuất sửa đổi chính sách được thực hiện bài bản.",
        "Xã đã nhận được nhiều đơn đề nghị hỗ trợ của người dân.",
        "ĐBQH Lê Thanh Vân - Luật trọng dụng nhân tài\nKiến nghị tại Kỳ họp thứ 3",
        "Tại buổi tiếp xúc, cử tri đã phản ánh, kiến nghị nhiều vấn đề liên quan đến đời sống, sản xuất.",
        "Đại biểu Quốc hội có quyền trình kiến nghị về luật, pháp lệnh trước Quốc hội.",
        "Quốc hội đã thông qua đề nghị xây dựng Luật Thủ đô. Thực tiễn đặt ra yêu cầu phải đổi mới.",
        "Các ý kiến, kiến nghị, phản ánh của cử tri được tiếp thu để kiến nghị với các cơ quan xem xét.",
        "Hội nghị thống nhất cao với dự thảo, đồng thời đề xuất nhiều giải pháp thiết thực.",
        "Trên cơ sở đề xuất của Sở Nội vụ, UBND tỉnh quyết định thành lập tổ công tác.",
        "Năm 2023, Ban Tiếp công dân tiếp nhận 152 kiến nghị, phản ánh; 100% đề nghị đã được giải quyết.",
        "Đoàn ĐBQH tỉnh đã tổng hợp 25 ý kiến, kiến nghị gửi đến kỳ họp; nhận 12 đơn thư kiến nghị.",
    ],
)
def test_procedural_phrases_and_nouns_are_not_recommendations(text):
    assert recs(HEADLINE + text) == ()


def test_verbs_in_the_headline_are_not_read():
    assert recs("Cử tri kiến nghị sửa đổi Luật Đất đai\n\nNội dung bài viết không có đề xuất gì.") == ()


# ---------------------------------------------------------------- by from earlier results, by hand
def test_dong_chi_resolves_to_the_person_named_before_with_a_hand_filled_context():
    text = (
        "Tin hoạt động\n\nPhát biểu tại buổi làm việc, đồng chí Lâm Thị Phương Thanh đánh giá cao kết quả đạt "
        "được; làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n\n"
        "Đồng chí cũng đề nghị Ban Tuyên giáo Tỉnh ủy đẩy mạnh công tác phối hợp.\n"
    )
    people = [person(text, "Lâm Thị Phương Thanh", titles=["Phó Trưởng Ban Tuyên giáo Trung ương"]),
              person(text, "Hồ Chí Minh")]
    found = recommendations.extract(context_for(text, people))
    assert [(r.verb, r.by, r.to) for r in found] == [("đề nghị", "Lâm Thị Phương Thanh", "Ban Tuyên giáo Tỉnh ủy")]


def test_subjectless_act_takes_the_speaker_of_the_paragraph():
    text = (
        "Tin hoạt động\n\nThay mặt lãnh đạo tỉnh, đồng chí Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy chúc mừng Hội Cựu "
        "chiến binh tỉnh. Đề nghị Thường trực Hội tiếp tục phát huy vai trò “bộ đội cụ Hồ”. Rà soát, tập trung "
        "thực hiện có hiệu quả Chương trình công tác năm 2023.\n"
    )
    found = recommendations.extract(context_for(text, [person(text, "Nguyễn Văn Hòa")]))
    assert as_rows(found) == [("đề nghị", "Nguyễn Văn Hòa", "Thường trực Hội", [
        "tiếp tục phát huy vai trò “bộ đội cụ Hồ”",
        "Rà soát, tập trung thực hiện có hiệu quả Chương trình công tác năm 2023",
    ])]


def test_subjectless_act_after_a_sentence_whose_subject_is_a_body():
    text = (
        "Tin hoạt động\n\nTại hội nghị, UBND tỉnh đánh giá cao kết quả công tác cải cách hành chính năm 2023. "
        "Đồng thời đề nghị các sở, ngành tiếp tục đẩy mạnh chuyển đổi số.\n"
    )
    assert as_rows(recs(text)) == [("đề nghị", "UBND tỉnh", "các sở, ngành", ["tiếp tục đẩy mạnh chuyển đổi số"])]


def test_without_any_people_found_a_name_after_dong_chi_is_used():
    text = (
        "Tin hoạt động\n\nĐồng chí Lê Văn Bình, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.\n\n"
        "Phát biểu kết luận, đồng chí đánh giá cao các ý kiến. Đồng thời đề nghị bộ phận biên tập tiếp thu, "
        "chỉnh sửa để sớm hoàn chỉnh dự thảo các báo cáo;"
    )
    found = recommendations.extract(context_for(text))
    assert as_rows(found) == [("đề nghị", "Lê Văn Bình", "bộ phận biên tập", [
        "tiếp thu, chỉnh sửa để sớm hoàn chỉnh dự thảo các báo cáo",
    ])]


def test_an_organization_found_earlier_keeps_its_lower_case_words_in_the_addressee():
    text = (
        "Tin hoạt động\n\nUBND tỉnh đề nghị Ban Quản lý dự án đầu tư xây dựng tỉnh khẩn trương hoàn thành "
        "công trình trước ngày 30/6.\n"
    )
    name = "Ban Quản lý dự án đầu tư xây dựng tỉnh"
    start = text.index(name)
    mention = Span(name, start, start + len(name))
    org = Organization(name, mention.start, mention.end, name, (mention,))
    found = recommendations.extract(context_for(text, organizations=[org]))
    assert as_rows(found) == [("đề nghị", "UBND tỉnh", name, ["khẩn trương hoàn thành công trình trước ngày 30/6"])]
    # without it, "đầu tư" reads as the start of the request
    assert recommendations.extract(context_for(text))[0].to == "Ban Quản lý dự án"


# ---------------------------------------------------------------- evidence and offsets
@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t,
        lambda t: unicodedata.normalize("NFD", t),
        lambda t: t.replace("ủy", "uỷ").replace("\n", "\r\n"),
        lambda t: t.replace(" ", "\u00a0", 40),
    ],
    ids=["plain", "nfd", "old-tones-crlf", "nbsp"],
)
def test_spans_index_the_callers_string(variant):
    text = variant(SEED_PARAGRAPHS)
    found = recs(text)
    assert len(found) == 3
    for r in found:
        assert text[r.start:r.end] == r.text
        assert len(r.item_spans) == len(r.items)
        for item, span in zip(r.items, r.item_spans):
            assert text[span.start:span.end] == span.text
            assert r.start <= span.start and span.end <= r.end
            assert unicodedata.normalize("NFC", " ".join(span.text.split())).replace("uỷ", "ủy") == item


def test_items_drop_trailing_ellipsis_and_semicolons():
    for r in recs(SEED_PARAGRAPHS):
        for item in r.items:
            assert not item.endswith((".", ";", "…", ",")), item


@pytest.mark.parametrize("doc_id, text", dev_texts())
def test_every_dev_text_parses_with_true_offsets(doc_id, text):
    for r in recs(text):
        assert text[r.start:r.end] == r.text
        assert r.items and all(r.items)
        assert r.verb in {"kiến nghị", "đề nghị", "đề xuất", "yêu cầu"}


def test_linear_on_a_long_run_of_verbs():
    text = "Tin\n\n" + "Cử tri đề nghị các cấp quan tâm giải quyết; " * 20000 + "yêu cầu, " * 20000
    started = time.perf_counter()
    recs(text)
    assert time.perf_counter() - started < 30


def test_a_verb_broken_over_a_line_end_is_one_verb():
    found = recs(HEADLINE + "Cử tri kiến\nnghị các cấp quan tâm giải quyết dứt điểm tình trạng ô nhiễm.")
    assert [(r.verb, r.to) for r in found] == [("kiến nghị", "các cấp")]


def test_many_speakers_and_pronoun_acts_stay_linear():
    text = "Tin\n\n" + "Đồng chí Nguyễn Văn An phát biểu. Đồng chí đề nghị tăng cường công tác tuyên truyền.\n" * 3000
    started = time.perf_counter()
    found = recs(text)
    assert time.perf_counter() - started < 30
    assert found and all(r.by == "Nguyễn Văn An" for r in found)


# ---------------------------------------------------------------- real texts not seen while writing the rules
def test_a_colon_inside_the_one_proposal_is_not_a_lead_in():
    # dbndnghean.vn: "2 xã: Hưng Trung, Hưng Yên Bắc" names the communes, the proposal starts at "hỗ trợ"
    found = recs(HEADLINE + "Cử tri 2 xã Hưng Trung, Hưng Yên Bắc, huyện Hưng Nguyên kiến nghị hỗ trợ kinh phí để "
                 "nâng cấp các Trạm bơm trên địa bàn 2 xã: Hưng Trung, Hưng Yên Bắc đã hư hỏng xuống cấp.")
    assert as_rows(found) == [("kiến nghị", "Cử tri 2 xã Hưng Trung, Hưng Yên Bắc, huyện Hưng Nguyên", None, [
        "hỗ trợ kinh phí để nâng cấp các Trạm bơm trên địa bàn 2 xã: Hưng Trung, Hưng Yên Bắc đã hư hỏng xuống cấp",
    ])]


def test_a_colon_before_items_split_at_semicolons_still_opens_them():
    # tinhuyquangtri.vn
    found = recs(HEADLINE + "Tỉnh Quảng Trị đề nghị các bộ, ngành trung ương trình Thủ tướng Chính phủ hỗ trợ tỉnh: "
                 "Giống cho vụ thu đông 2017 gồm 20 tấn giống ngô; kinh phí khắc phục khẩn cấp là 300 tỉ đồng.")
    assert as_rows(found) == [("đề nghị", "Tỉnh Quảng Trị", "các bộ, ngành trung ương", [
        "Giống cho vụ thu đông 2017 gồm 20 tấn giống ngô", "kinh phí khắc phục khẩn cấp là 300 tỉ đồng",
    ])]


@pytest.mark.parametrize("text, by, to, first_item", [
    # tienphong.vn: "tổng hợp, trình Thủ tướng" passes the request on; it is not part of the addressee
    ("Đồng Tháp cũng đề nghị Bộ Tài chính tổng hợp, trình Thủ tướng xem xét, hỗ trợ nguồn vốn từ ngân sách Trung "
     "ương để xử lý khẩn cấp 2 khu vực sạt lở.", "Đồng Tháp", "Bộ Tài chính",
     "tổng hợp, trình Thủ tướng xem xét, hỗ trợ nguồn vốn từ ngân sách Trung ương để xử lý khẩn cấp 2 khu vực sạt lở"),
    # baothuathienhue.vn: "đang" is an auxiliary, not part of the subject
    ("UBND tỉnh đang đề xuất Bộ NN&PTNT trình Chính phủ hỗ trợ kinh phí khắc phục hạ tầng, thủy lợi.", "UBND tỉnh",
     "Bộ NN&PTNT", "trình Chính phủ hỗ trợ kinh phí khắc phục hạ tầng, thủy lợi"),
    # baothuathienhue.vn: "tuyên truyền viên, báo cáo viên" are people, not actions
    ("Phó Bí thư Thường trực Tỉnh ủy Bùi Thanh Hà đề nghị đội ngũ tuyên truyền viên, báo cáo viên của tỉnh cần chủ "
     "động nắm bắt, dự báo tình hình.", None, "đội ngũ tuyên truyền viên, báo cáo viên của tỉnh",
     "cần chủ động nắm bắt, dự báo tình hình"),
    # plo.vn: a time clause right after the verb is content, not an addressee
    ("Ông Nguyễn Tuấn Khanh yêu cầu khi kiểm điểm tự phê bình phải nói ít về ưu điểm, nói nhiều về khuyết điểm.",
     None, None, "khi kiểm điểm tự phê bình phải nói ít về ưu điểm, nói nhiều về khuyết điểm"),
])
def test_where_the_addressee_ends(text, by, to, first_item):
    found = recs(HEADLINE + text)
    assert len(found) == 1
    assert found[0].to == to and found[0].items[0] == first_item
    if by is not None:
        assert found[0].by == by


def test_an_adverb_before_de_nghi_duoc_makes_it_a_request():
    # thanhnien.vn: "còn đề nghị được hỗ trợ" asks for help; "kiến nghị được giải quyết" stays a noun
    found = recs(HEADLINE + "Hà Tĩnh còn đề nghị được hỗ trợ 150.000 lít hóa chất tiêu độc khử trùng, cung ứng giống "
                 "cây trồng để khôi phục sản xuất. Các kiến nghị được giải quyết kịp thời.")
    assert as_rows(found) == [("đề nghị", "Hà Tĩnh", None, [
        "được hỗ trợ 150.000 lít hóa chất tiêu độc khử trùng, cung ứng giống cây trồng để khôi phục sản xuất",
    ])]


def test_trong_do_with_a_sum_is_a_breakdown_not_a_further_proposal():
    # vietnammoi.vn (Quảng Ngãi)
    found = recs(HEADLINE + "Lãnh đạo tỉnh Quảng Ngãi kiến nghị Văn phòng Chính phủ trình Thủ tướng chỉ đạo Bộ Tài "
                 "chính hỗ trợ cho tỉnh trên 2.400 tỷ đồng. Trong đó, 1.340 tỷ đồng nguồn kinh phí xử lý hụt thu.")
    assert as_rows(found) == [("kiến nghị", "Lãnh đạo tỉnh Quảng Ngãi", "Văn phòng Chính phủ", [
        "trình Thủ tướng chỉ đạo Bộ Tài chính hỗ trợ cho tỉnh trên 2.400 tỷ đồng",
    ])]


def test_a_sentence_opening_with_doi_voi_carries_the_directive_on():
    # thainguyentv.vn
    found = recs(HEADLINE + "Kết luận hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy yêu cầu các đơn vị bám sát vào "
                 "nhiệm vụ phân công. Đối với các cơ quan báo chí của tỉnh, tăng cường thời lượng, chuyên trang, "
                 "chuyên mục; tiếp tục đấu tranh, phản bác những quan điểm sai trái. Đối với công tác này, đã có "
                 "nhiều kết quả.")
    assert [list(r.items) for r in found] == [[
        "bám sát vào nhiệm vụ phân công",
        "tăng cường thời lượng, chuyên trang, chuyên mục",
        "tiếp tục đấu tranh, phản bác những quan điểm sai trái",
    ]]


@pytest.mark.parametrize("text, by", [
    # hdndtuyenquang.gov.vn: voters named with their commune and district, a comma between
    ("Cử tri Xã Lực Hành, huyện Yên Sơn đề nghị nâng cấp 02 tuyến đường vào xã.", "Cử tri Xã Lực Hành, huyện Yên Sơn"),
    # thainguyentv.vn: an adverbial without a comma before "đồng chí"
    ("Phát biểu chỉ đạo tại hội nghị đồng chí Chủ tịch UBND tỉnh yêu cầu các ngành khẩn trương vào cuộc.",
     "Chủ tịch UBND tỉnh"),
    # baomoi (Quảng Ngãi): "kiến nghị" is the second predicate of the voters, not of the official named before
    ("Phó Bí thư Tỉnh ủy Đinh Thị Hồng Minh tiếp xúc cử tri.\nCử tri xã Long Hiệp phản ánh về công trình giao thông, "
     "kiến nghị các cấp có thẩm quyền cần sớm nâng cấp các tuyến đường.", "Cử tri xã Long Hiệp"),
])
def test_who_proposes(text, by):
    found = recs(HEADLINE + text)
    assert found and found[-1].by == by


def test_bare_cu_tri_refers_back_only_to_the_act_just_before():
    # thainguyentv.vn: a new meeting with other voters, after an act whose subject is not "cử tri …"
    found = recs(HEADLINE + "Cử tri xã Tân Thái đã kiến nghị hỗ trợ người dân ở khu vực bán ngập hồ Núi Cốc.\n"
                 "Tại xã Động Đạt, đã có 14 lượt cư tri kiến nghị với đại biểu HĐND tỉnh một số vấn đề như: khó khăn "
                 "trong việc cấp giấy chứng nhận; kênh mương đã xuống cấp.\n"
                 "Tại buổi tiếp xúc với cử tri huyện Đồng Hỷ, cử tri đã kiến nghị tăng cường quản lý thuốc bảo vệ "
                 "thực vật.")
    assert found[-1].by == "cử tri"


def test_dong_chi_without_a_name_takes_the_speaker_of_the_act_before():
    # thainguyentv.vn
    found = recs(HEADLINE + "Phát biểu chỉ đạo, đồng chí Chủ tịch UBND tỉnh yêu cầu các ngành khẩn trương vào cuộc. "
                 "Đồng thời, đồng chí cũng đề nghị các cơ quan, đơn vị tiếp tục rà soát lại công việc.")
    assert [r.by for r in found] == ["Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh"]


# ---------------------------------------------------------------- round 2 of the audit on real texts
@pytest.mark.parametrize("text, to, first_item", [
    # namtramy (Quảng Nam): a time clause after a comma ends the addressee, even after the noun head "Tổ"
    ("Đồng chí yêu cầu các thành viên trong Tổ, trong quá trình tham gia biên soạn dự thảo các nghị quyết "
     "phải bám sát Nghị quyết Đại hội.", "các thành viên trong Tổ",
     "trong quá trình tham gia biên soạn dự thảo các nghị quyết phải bám sát Nghị quyết Đại hội"),
    # baomoi (Hội Cựu chiến binh): "sau khi" opens a time clause, "khi" is not cut out of it
    ("Chủ tịch Hội CCB tỉnh Nguyễn Thắng đề nghị Hội CCB các xã, phường sau khi thành lập cần nhanh chóng "
     "ổn định tổ chức.", "Hội CCB các xã, phường", "sau khi thành lập cần nhanh chóng ổn định tổ chức"),
    # chinhphu.vn: "bắt tay vào công việc", not "công | việc"
    ("Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành và Văn phòng Chính phủ bắt tay ngay vào công việc với "
     "tinh thần quyết liệt.", "các bộ, ngành và Văn phòng Chính phủ",
     "bắt tay ngay vào công việc với tinh thần quyết liệt"),
    # Hội Nông dân Việt Nam (danviet.vn): "xem lại" opens the request
    ("Nhiều tỉnh, thành Hội đề nghị T.Ư Hội xem lại chỉ tiêu phát triển hội viên; sớm triển khai đề án về "
     "biên chế.", "T.Ư Hội", "xem lại chỉ tiêu phát triển hội viên"),
    # thuvienphapluat.vn (Thanh Hóa): "các chủ đầu tư" is one of the addressees
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, các chủ đầu tư triển khai việc lập kế hoạch đầu tư công.",
     "Giám đốc các sở, các chủ đầu tư", "triển khai việc lập kế hoạch đầu tư công"),
    # UBND tỉnh công văn: "Yêu cầu gửi báo cáo …" has no addressee
    ("Giao các sở, ngành tỉnh báo cáo tình hình giải ngân. Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư "
     "trước ngày 23/5/2019.", None, "gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019"),
    # baoninhthuan.com.vn: a summary right after the verb is what is proposed, not who is addressed
    ("Cử tri xã Bắc Phong kiến nghị các vấn đề liên quan đến thi công các dự án điện gió làm xuống cấp đường "
     "giao thông chưa được khắc phục; tỉnh cần quan tâm đầu tư đồng bộ hạ tầng giao thông.", None,
     "các vấn đề liên quan đến thi công các dự án điện gió làm xuống cấp đường giao thông chưa được khắc phục"),
])
def test_addressee_ends_where_the_content_starts(text, to, first_item):
    found = recs(HEADLINE + text)
    assert found and (found[-1].to, found[-1].items[0]) == (to, first_item)


def test_hard_wrapped_lines_of_a_legal_document_are_one_sentence():
    # thuvienphapluat.vn (Chỉ thị 15/CT-UBND, Thanh Hóa): lines wrapped inside words' phrases and after commas
    found = recs(HEADLINE + "Thực hiện Luật Đầu tư công, Chủ\ntịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các "
                 "ban, ngành, đơn vị cấp tỉnh,\nChủ tịch UBND các huyện, thị xã, thành phố triển khai việc lập kế "
                 "hoạch đầu tư công\ntrung hạn giai đoạn 2021 - 2025.\n")
    assert as_rows(found) == [("yêu cầu", "Chủ tịch UBND tỉnh",
                               "Giám đốc các sở, Trưởng các ban, ngành, đơn vị cấp tỉnh, Chủ tịch UBND các huyện, "
                               "thị xã, thành phố",
                               ["triển khai việc lập kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025"])]


def test_a_list_item_line_after_a_comma_is_not_a_wrapped_line():
    found = recs(HEADLINE + "Ban Tuyên giáo Tỉnh ủy đề nghị:\na) tăng cường tuyên truyền,\nb) tổ chức học tập.\n")
    assert [list(r.items) for r in found] == [["tăng cường tuyên truyền", "tổ chức học tập"]]


def test_a_year_closed_by_a_comma_is_no_count_of_the_noun():
    # thuvienphapluat.vn (Thanh Hóa): "… dự kiến kế hoạch năm 2020, yêu cầu các sở …"
    found = recs(HEADLINE + "Căn cứ tình hình thực hiện năm 2019 và dự kiến kế hoạch năm 2020, yêu cầu các sở, "
                 "ban, ngành khẩn trương đánh giá tình hình thực hiện kế hoạch đầu tư công.")
    assert [(r.to, list(r.items)) for r in found] == [
        ("các sở, ban, ngành", ["khẩn trương đánh giá tình hình thực hiện kế hoạch đầu tư công"])]


def test_a_manner_adverb_before_the_verb_is_not_the_subject():
    # baophutho.vn: "Cử tri …; đồng thời thẳng thắn kiến nghị …"
    found = recs(HEADLINE + "Cử tri bày tỏ vui mừng trước những kết quả tại các kỳ họp; đồng thời thẳng thắn kiến "
                 "nghị tới Tổ đại biểu HĐND tỉnh sửa chữa, nâng cấp tuyến đường 317A.")
    assert [(r.by, r.to) for r in found] == [("Cử tri", "Tổ đại biểu HĐND tỉnh")]


def test_a_name_guessed_from_capitals_is_no_place_name():
    # Hội Hỗ trợ gia đình liệt sĩ Việt Nam: "Hồ Chí Minh" here is part of a city's name, no speaker
    found = recs(HEADLINE + "Hội nhận được công văn của Hội Hỗ trợ gia đình liệt sĩ Thành phố Hồ Chí Minh.\n"
                 "Đề nghị Hội Hỗ trợ gia đình liệt sĩ Thành phố Hồ Chí Minh xin ý kiến của các cơ quan chức năng.")
    assert found and found[-1].by != "Hồ Chí Minh"


def test_phan_kien_nghi_is_a_section_of_the_text_not_an_act():
    # kontumtv.vn (Đăk Glei): "Về phần kiến nghị, cử tri đề nghị …"
    found = recs(HEADLINE + "Về phần kiến nghị, cử tri đề nghị sớm giải quyết chế độ chính sách cho người có công; "
                 "đẩy nhanh tiến độ giải phóng mặt bằng khu định cư thôn Đông Lốc.")
    assert as_rows(found) == [("đề nghị", "cử tri", None, [
        "sớm giải quyết chế độ chính sách cho người có công",
        "đẩy nhanh tiến độ giải phóng mặt bằng khu định cư thôn Đông Lốc"])]


def test_a_modal_before_the_verb_is_not_part_of_the_subject():
    # danviet.vn (An Giang): "Đại biểu cần kiến nghị Chính phủ …"
    found = recs(HEADLINE + "Ban Tuyên giáo Tỉnh ủy cần kiến nghị Ban Tuyên giáo Trung ương có chính sách hỗ trợ "
                 "cán bộ tuyên giáo cơ sở.")
    assert [(r.by, r.to) for r in found] == [("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Trung ương")]


def test_a_photo_credit_is_not_the_speaker_a_pronoun_refers_to():
    # danviet.vn (An Giang, Phú Tân): "Ảnh: Hồng Cẩm" stands between the deputy and "Đại biểu cần kiến nghị …"
    found = recs(HEADLINE + "Thiếu tướng Hoàng Hữu Chiến báo cáo kết quả hoạt động của Đoàn ĐBQH tỉnh.\n\n"
                 "Đoàn đại biểu Quốc hội tỉnh An Giang tiếp xúc cử tri tại huyện Phú Tân. Ảnh: Hồng Cẩm\n\n"
                 "Đại biểu cần kiến nghị Chính phủ có chính sách bình ổn giá phân bón vật tư nông nghiệp.")
    assert [(r.by, r.to) for r in found] == [("Hoàng Hữu Chiến", "Chính phủ")]


def test_an_act_inside_the_addressee_opens_the_content():
    # danviet.vn (Châu Đốc): "cử tri … đề nghị Đoàn ĐBQH tỉnh kiến nghị Quốc hội, Chính phủ …"
    found = recs(HEADLINE + "Tại buổi tiếp xúc cử tri, cử tri TP.Châu Đốc đề nghị Đoàn ĐBQH tỉnh kiến nghị Quốc hội, "
                 "Chính phủ tạo mọi điều kiện về cơ chế, chính sách, chủ trương ưu đãi đầu tư cho Khu du lịch quốc "
                 "gia núi Sam.")
    assert [(r.to, list(r.items)) for r in found] == [("Đoàn ĐBQH tỉnh", [
        "kiến nghị Quốc hội, Chính phủ tạo mọi điều kiện về cơ chế, chính sách, chủ trương ưu đãi đầu tư cho Khu du "
        "lịch quốc gia núi Sam"])]


def test_co_quan_to_chuc_va_don_vi_is_one_addressee():
    # baokontum.com.vn: "Đoàn ĐBQH tỉnh đề nghị các cơ quan, tổ chức và đơn vị hữu quan trong tỉnh đảm bảo …"
    found = recs(HEADLINE + "Đoàn ĐBQH tỉnh đề nghị các cơ quan, tổ chức và đơn vị hữu quan trong tỉnh đảm bảo thực "
                 "hiện nghiêm túc yêu cầu công tác phòng, chống dịch bệnh Covid-19.")
    assert [(r.to, r.items[0][:8]) for r in found] == [("các cơ quan, tổ chức và đơn vị hữu quan trong tỉnh", "đảm bảo ")]


def test_a_sentence_saying_what_will_be_done_does_not_carry_the_act_on():
    # baodaknong.vn: "Đối với những ý kiến, kiến nghị chưa được trả lời … sẽ được tổng hợp … xem xét, giải quyết."
    found = recs(HEADLINE + "Các đại biểu Quốc hội yêu cầu các cấp chính quyền địa phương cần thể hiện vai trò, trách "
                 "nhiệm của mình trong việc xem xét, xử lý. Đối với những ý kiến, kiến nghị chưa được trả lời tại hội "
                 "nghị sẽ được tổng hợp để chuyển tải đến các cơ quan có thẩm quyền xem xét, giải quyết.")
    assert [list(r.items) for r in found] == [
        ["cần thể hiện vai trò, trách nhiệm của mình trong việc xem xét, xử lý"]]


def test_a_subjectless_act_after_an_act_of_the_same_paragraph_has_its_proposer():
    # daibieunhandan.vn (TP. Lào Cai): "Thường trực HĐND thành phố đề nghị …. Đề nghị các Ban HĐND …"
    found = recs(HEADLINE + "Giám sát việc giải quyết ý kiến, kiến nghị của cử tri, Thường trực HĐND thành phố đề nghị "
                 "UBND thành phố tiếp tục chỉ đạo các cơ quan chuyên môn khẩn trương giải quyết 155 nội dung ý kiến. "
                 "Đề nghị các Ban HĐND chủ động triển khai khảo sát, thẩm tra thường xuyên kết quả giải quyết.")
    assert [(r.by, r.to) for r in found] == [
        ("Thường trực HĐND thành phố", "UBND thành phố"), ("Thường trực HĐND thành phố", "các Ban HĐND")]


def test_a_subjectless_act_in_a_paragraph_opened_by_voters_is_theirs():
    # iachim.kontumcity.kontum.gov.vn: "Cử tri thành phố Kon Tum phản ánh: …. Tuy nhiên …, đề nghị cấp có thẩm quyền …"
    found = recs(HEADLINE + "Đồng chí Phạm Đình Thanh, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh chủ trì Hội nghị.\n"
                 "Cử tri thành phố Kon Tum phản ánh: Năm 2000, thị xã Kon Tum có chủ trương bán đất tại xã Vinh Quang "
                 "cho các hộ dân. Tuy nhiên đến nay người dân chưa được cấp giấy chứng nhận quyền sử dụng đất, đề nghị "
                 "cấp có thẩm quyền sớm xem xét, giải quyết…")
    assert [(r.by, r.to, list(r.items)) for r in found] == [
        ("Cử tri thành phố Kon Tum", "cấp có thẩm quyền", ["sớm xem xét, giải quyết"])]


def test_a_proposal_named_inside_the_content_is_not_a_nested_act():
    # baotayninh.vn: "đề nghị các thành viên trong đoàn trả lời ngắn gọn những thắc mắc, kiến nghị của cơ sở"
    found = recs(HEADLINE + "Tại buổi giám sát, Chủ tịch UB.MTTQVN tỉnh Huỳnh Văn Quang đề nghị các thành viên trong "
                 "đoàn trả lời ngắn gọn những thắc mắc, kiến nghị của cơ sở.")
    assert len(found) == 1
    assert found[0].items[0].endswith("trả lời ngắn gọn những thắc mắc, kiến nghị của cơ sở")


def test_a_body_with_two_predicates_is_the_proposer():
    # vtvgo.vn: "Ban Thường vụ Tỉnh ủy Hải Dương phê bình và yêu cầu kiểm điểm nghiêm túc …"
    found = recs(HEADLINE + "Ban Thường vụ Tỉnh ủy Hải Dương phê bình và yêu cầu kiểm điểm nghiêm túc đối với tập thể "
                 "Ban Thường vụ cấp ủy, Bí thư huyện ủy, Chủ tịch UBND huyện Kim Thành và huyện Cẩm Giàng vì đã tổ "
                 "chức thực hiện chưa nghiêm.")
    assert [r.by for r in found] == ["Ban Thường vụ Tỉnh ủy Hải Dương"]


def test_a_question_in_a_questioning_session():
    # baogiaothong.vn: "Đề nghị Bộ trưởng nói rõ hơn …? … Bộ trưởng có kiến nghị gì với Quốc hội và Chính phủ?"
    found = recs(HEADLINE + "Đề nghị Bộ trưởng nói rõ hơn về những sai phạm này? Đâu là trách nhiệm của cơ quan quản "
                 "lý Nhà nước trong quản lý đầu tư tại doanh nghiệp? Bộ trưởng có kiến nghị gì với Quốc hội và "
                 "Chính phủ?")
    assert [(r.to, r.items[0][:11]) for r in found] == [("Bộ trưởng", "nói rõ hơn ")]


def test_a_quoted_clause_after_the_addressee_is_the_content():
    # sggp.org.vn: "UBTVQH đã đề nghị các vị ĐBQH “tranh luận đến cùng …; thông tin tranh luận phải chính xác …”"
    found = recs(HEADLINE + "Tại những phiên chất vấn sắp diễn ra, Ủy ban Thường vụ Quốc hội (UBTVQH) đã đề nghị các "
                 "vị đại biểu Quốc hội (ĐBQH) “tranh luận đến cùng với các thành viên Chính phủ, trưởng ngành về những "
                 "vấn đề đã được trả lời, nhưng chưa thỏa đáng; thông tin tranh luận phải chính xác, đúng phạm vi chất "
                 "vấn”.")
    assert [(r.to, [i[:12] for i in r.items]) for r in found] == [
        ("các vị đại biểu Quốc hội (ĐBQH)", ["tranh luận đ", "thông tin tr"])]


def test_a_negated_verb_is_no_act():
    # vanhoanghean.com.vn: "đại biểu không thể yêu cầu Giám đốc Sở NN&PTNT phân tích cụ thể các giải pháp …"
    found = recs(HEADLINE + "Cũng vì thiếu sâu sát, đại biểu không thể yêu cầu Giám đốc Sở NN&PTNT phân tích cụ thể "
                 "các giải pháp củng cố lực lượng kiểm lâm.")
    assert not found


# ---------------------------------------------------------------- round 5 (real texts)
def test_a_cause_clause_before_the_subject_is_not_the_proposer():
    # congan.hatinh.gov.vn: "do kết thúc cuộc giám sát đã lâu … nên Đảng ủy cơ sở có văn bản đề nghị …"
    found = recs(HEADLINE + "Đảng ủy cơ sở hỏi: Ban Thường vụ Đảng ủy Công an tỉnh tiến hành giám sát chuyên đề đối với "
                 "Đảng ủy cơ sở; do kết thúc cuộc giám sát đã lâu mà không có thông báo kết quả giám sát nên Đảng ủy cơ "
                 "sở có văn bản đề nghị Ban Thường vụ Đảng ủy Công an tỉnh thông báo kết quả giám sát bằng văn bản.")
    assert [r.by for r in found] == ["Đảng ủy cơ sở"]


def test_voters_of_another_place_start_their_own_recommendation():
    # tralinh1.caobang.gov.vn: "…, mặc dù người dân đã dùng … đề nghị chính quyền …; Cử tri xã Quang Hán đề nghị …"
    found = recs(HEADLINE + "Trong đó cử tri xã Cao Chương có ý kiến nhiều diện tích ngô trên địa bàn bị sâu keo phá "
                 "hoại, mặc dù người dân đã dùng nhiều loại thuốc để phun nhưng không có hiệu quả đề nghị chính quyền có "
                 "chính sách hỗ trợ cho những diện tích bị thiệt hại; Cử tri xã Quang Hán đề nghị Nhà nước cấp xi măng "
                 "để làm đường vào xóm Giộc Đăm; cử tri thị trấn Hùng Quốc có ý kiến công tác bảo vệ môi trường tại "
                 "khu trung tâm thị trấn và chợ gia súc.")
    assert [(r.by, len(r.items)) for r in found][1:] == [("Cử tri xã Quang Hán", 1)]
    assert found[0].by != "mặc dù người dân" and len(found[0].items) == 1
    assert found[1].items[0].startswith("Nhà nước cấp xi măng")


def test_a_frequency_adverb_is_not_part_of_the_addressee():
    # laichau.dcs.vn: "Đồng thời đồng chí đề nghị, hằng năm Hội Nông dân tỉnh nên có 2 cuộc gặp gỡ, đối thoại …"
    found = recs(HEADLINE + "Phát biểu kết luận, đồng chí Trần Tiến Dũng - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đánh "
                 "giá cao các ý kiến của hội viên. Đồng thời đồng chí đề nghị, hằng năm Hội Nông dân tỉnh nên có 2 cuộc "
                 "gặp gỡ, đối thoại để lắng nghe ý kiến của nông dân.")
    assert [r.to for r in found] == ["Hội Nông dân tỉnh"]


def test_youth_union_name_ends_the_addressee_and_the_dateline_tag_is_dropped():
    # tienphong.vn: "TPO - Ban Bí thư Trung ương Đoàn vừa có văn bản đề nghị …", "… thuộc T.Ư Đoàn tập trung …"
    found = recs(HEADLINE + "TPO - Ban Bí thư Trung ương Đoàn vừa có văn bản đề nghị các tỉnh, thành Đoàn và cơ quan "
                 "báo chí tập trung triển khai các nội dung quan trọng.\n\nĐể chuẩn bị tốt cho Diễn đàn, Ban Bí thư "
                 "T.Ư Đoàn đề nghị các tỉnh, thành Đoàn, Đoàn trực thuộc và cơ quan báo chí thuộc T.Ư Đoàn tập trung "
                 "tuyên truyền về mục đích, ý nghĩa của diễn đàn.")
    assert [r.by for r in found] == ["Ban Bí thư Trung ương Đoàn", "Ban Bí thư T.Ư Đoàn"]
    assert found[1].to == "các tỉnh, thành Đoàn, Đoàn trực thuộc và cơ quan báo chí thuộc T.Ư Đoàn"
    assert found[1].items[0].startswith("tập trung tuyên truyền")


def test_a_body_that_considers_and_asks_its_superior():
    # baodongthap.vn: "BTV Tỉnh ủy xem xét, đề nghị Ban Chấp hành Đảng bộ tỉnh xử lý kỷ luật …"
    found = recs(HEADLINE + "Đồng chí Lê Vĩnh Tân - Bí thư Tỉnh ủy chủ trì hội nghị.\n\nĐặc biệt, BTV Tỉnh ủy xem xét, "
                 "đề nghị Ban Chấp hành Đảng bộ tỉnh xử lý kỷ luật bằng hình thức khiển trách đối với 1 đồng chí Tỉnh "
                 "ủy viên, Bí thư Huyện ủy.")
    assert [(r.by, r.to) for r in found] == [("BTV Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh")]


def test_conclusions_and_recommendations_of_inspectors_are_a_noun():
    # baoquangninh.com.vn: "việc thực hiện các kết luận, kiến nghị còn bộc lộ những tồn tại"
    found = recs(HEADLINE + "Bên cạnh những kết quả đã đạt được, việc thực hiện các kết luận, kiến nghị còn bộc lộ "
                 "những tồn tại, nhiều nội dung chưa được giải quyết dứt điểm.")
    assert not found


def test_a_lower_case_chief_inspector_is_the_addressee():
    # cand.com.vn: "Chủ tịch UBND tỉnh đề nghị Chánh thanh tra tỉnh tổ chức rà soát lại …"
    found = recs(HEADLINE + "Theo công văn, Chủ tịch UBND tỉnh đề nghị Chánh thanh tra tỉnh tổ chức rà soát lại những "
                 "nội dung tại kết luận thanh tra nêu trên.")
    assert [r.to for r in found] == ["Chánh thanh tra tỉnh"]


def test_a_single_quoted_word_opens_the_content():
    # dnvn247.com.vn: "yêu cầu các sở, ngành, địa phương ‘siết’ quản lý việc khai thác, cung cấp cát"
    found = recs(HEADLINE + "Chủ tịch UBND tỉnh An Giang vừa có văn bản yêu cầu các sở, ngành, địa phương ‘siết’ quản "
                 "lý việc khai thác, cung cấp cát, sau khi một số tổ chức, cá nhân sai phạm.")
    assert [r.to for r in found] == ["các sở, ngành, địa phương"]
